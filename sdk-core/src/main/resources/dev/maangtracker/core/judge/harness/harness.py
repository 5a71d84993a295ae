# Judge harness for Python: runs the candidate's function on each test and prints one JSON line per test.
import json
import os
import sys
import threading
import time
import traceback
import typing

_out = os.fdopen(os.dup(1), "w", encoding="utf-8")
os.dup2(2, 1)
sys.stdout = sys.stderr


class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next


class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


def to_list(values):
    head = None
    for v in reversed(values):
        head = ListNode(v, head)
    return head


def from_list(node):
    values = []
    while node is not None and len(values) <= 1000000:
        values.append(node.val)
        node = node.next
    return values


def to_tree(values):
    if not values:
        return None
    nodes = [None if v is None else TreeNode(v) for v in values]
    kids = nodes[::-1]
    root = kids.pop()
    queue = [root]
    head = 0
    while head < len(queue) and kids:
        node = queue[head]
        head += 1
        for side in ("left", "right"):
            if kids:
                child = kids.pop()
                setattr(node, side, child)
                if child is not None:
                    queue.append(child)
    return root


def from_tree(root):
    values, queue, head = [], [root], 0
    while head < len(queue):
        node = queue[head]
        head += 1
        values.append(None if node is None else node.val)
        if node is not None:
            queue.append(node.left)
            queue.append(node.right)
    while values and values[-1] is None:
        values.pop()
    return values


def arg(value, kind):
    if kind == "ListNode":
        return to_list(value)
    if kind == "TreeNode":
        return to_tree(value)
    return value


def result(value, kind):
    if kind == "ListNode":
        return from_list(value)
    if kind == "TreeNode":
        return from_tree(value)
    if isinstance(value, tuple):
        return list(value)
    return value


def emit(obj):
    _out.write(json.dumps(obj, separators=(",", ":")) + "\n")
    _out.flush()


def reset_peak():
    # Writing 5 to clear_refs resets VmHWM to the current resident size, so the next reading is this test's peak.
    try:
        with open("/proc/self/clear_refs", "w") as refs:
            refs.write("5")
    except OSError:
        pass


def peak_kb():
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def short_error(exc):
    frames = traceback.extract_tb(exc.__traceback__)
    where = ""
    for frame in frames:
        if frame.filename == "solution.py":
            where = " (line %d)" % frame.lineno
    return ("%s: %s%s" % (type(exc).__name__, exc, where))[:2000]


def main():
    with open("/box/src/tests.json", encoding="utf-8") as f:
        spec = json.load(f)
    with open("/box/src/solution.py", encoding="utf-8") as f:
        source = f.read()
    try:
        code = compile(source, "solution.py", "exec")
    except (SyntaxError, ValueError) as exc:
        line = getattr(exc, "lineno", None)
        emit({"ce": "%s: %s%s" % (type(exc).__name__, getattr(exc, "msg", exc),
                                   "" if line is None else " (line %d)" % line)})
        return
    scope = {"__name__": "solution", "ListNode": ListNode, "TreeNode": TreeNode}
    for name in ("List", "Optional", "Dict", "Set", "Tuple"):
        scope[name] = getattr(typing, name)
    try:
        exec(code, scope)
    except MemoryError:
        emit({"i": 0, "err": "MLE", "msg": "MemoryError"})
        return
    except BaseException as exc:
        emit({"i": 0, "err": "RE", "msg": short_error(exc)})
        return
    name = spec["name"]
    fn = scope.get(name)
    if fn is None and isinstance(scope.get("Solution"), type):
        fn = getattr(scope["Solution"](), name, None)
    if not callable(fn):
        emit({"ce": "the function %s is not defined" % name})
        return
    emit({"ready": 1})
    for i, args in enumerate(spec["tests"]):
        reset_peak()
        values = [arg(v, k) for v, k in zip(args, spec["params"])]
        start = time.perf_counter()
        try:
            value = result(fn(*values), spec["ret"])
            elapsed = (time.perf_counter() - start) * 1000
            text = json.dumps(value, separators=(",", ":"), allow_nan=False)
        except MemoryError:
            emit({"i": i, "err": "MLE", "msg": "MemoryError"})
            return
        except RecursionError as exc:
            emit({"i": i, "err": "RE", "msg": short_error(exc)})
            return
        except BaseException as exc:
            emit({"i": i, "err": "RE", "msg": short_error(exc)})
            return
        _out.write('{"i":%d,"ok":true,"ms":%.3f,"kb":%d,"v":%s}\n' % (i, elapsed, peak_kb(), text))
        _out.flush()


sys.setrecursionlimit(200000)
threading.stack_size(256 * 1024 * 1024)
runner = threading.Thread(target=main)
runner.start()
runner.join()
_out.flush()
os._exit(0)
