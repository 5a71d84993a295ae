# Known wrong: pops on an equal temperature too, so an equally warm day is
# counted as "warmer".
def daysUntilWarmer(temps):
    wait = [0] * len(temps)
    pending = []
    for day, t in enumerate(temps):
        while pending and temps[pending[-1]] <= t:
            earlier = pending.pop()
            wait[earlier] = day - earlier
        pending.append(day)
    return wait
