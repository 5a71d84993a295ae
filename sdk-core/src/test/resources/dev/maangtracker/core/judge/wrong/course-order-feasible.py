# Known wrong: DFS with a single "visited" set, so reaching an already
# finished course through a second path (a diamond) is mistaken for a cycle.
def canFinish(courses, prerequisites):
    after = [[] for _ in range(courses)]
    for course, before in prerequisites:
        after[before].append(course)
    visited = set()

    def acyclic(node):
        if node in visited:
            return False
        visited.add(node)
        return all(acyclic(nxt) for nxt in after[node])

    for start in range(courses):
        if start not in visited and not acyclic(start):
            return False
    return True
