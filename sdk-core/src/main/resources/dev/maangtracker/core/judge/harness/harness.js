// Judge harness for JavaScript: runs the candidate's function on each test and prints one JSON line per test.
"use strict";
const fs = require("fs");
const util = require("util");

const write = (text) => fs.writeSync(1, text);
const toStderr = (...parts) => { fs.writeSync(2, util.format(...parts) + "\n"); };
console.log = toStderr;
console.info = toStderr;
console.debug = toStderr;
process.stdout.write = (chunk) => { fs.writeSync(2, String(chunk)); return true; };

class ListNode {
  constructor(val = 0, next = null) { this.val = val; this.next = next; }
}
class TreeNode {
  constructor(val = 0, left = null, right = null) { this.val = val; this.left = left; this.right = right; }
}

function toList(values) {
  let head = null;
  for (let i = values.length - 1; i >= 0; i--) head = new ListNode(values[i], head);
  return head;
}
function fromList(node) {
  const values = [];
  while (node !== null && node !== undefined && values.length <= 1000000) { values.push(node.val); node = node.next; }
  return values;
}
function toTree(values) {
  if (values.length === 0) return null;
  const nodes = values.map((v) => (v === null ? null : new TreeNode(v)));
  const root = nodes[0];
  const queue = [root];
  let next = 1;
  for (let head = 0; head < queue.length && next < nodes.length; head++) {
    const node = queue[head];
    for (const side of ["left", "right"]) {
      if (next < nodes.length) {
        const child = nodes[next++];
        node[side] = child;
        if (child !== null) queue.push(child);
      }
    }
  }
  return root;
}
function fromTree(root) {
  const values = [];
  const queue = [root];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head];
    values.push(node === null || node === undefined ? null : node.val);
    if (node !== null && node !== undefined) { queue.push(node.left ?? null); queue.push(node.right ?? null); }
  }
  while (values.length > 0 && values[values.length - 1] === null) values.pop();
  return values;
}
const arg = (v, kind) => (kind === "ListNode" ? toList(v) : kind === "TreeNode" ? toTree(v) : v);
const result = (v, kind) => (kind === "ListNode" ? fromList(v) : kind === "TreeNode" ? fromTree(v) : v);
const emit = (obj) => write(JSON.stringify(obj) + "\n");

// Writing 5 to clear_refs resets VmHWM to the current resident size, so the next reading is this test's peak.
function resetPeak() {
  try {
    fs.writeFileSync("/proc/self/clear_refs", "5");
  } catch (e) {
    // Kernels without peak reset keep the process high-water mark.
  }
}

function peakKb() {
  try {
    const m = /VmHWM:\s+(\d+)/.exec(fs.readFileSync("/proc/self/status", "utf8"));
    return m ? Number(m[1]) : 0;
  } catch (e) {
    return 0;
  }
}
function describe(e) {
  const text = e instanceof Error ? `${e.name}: ${e.message}` : `thrown: ${String(e)}`;
  const line = e instanceof Error && e.stack ? /solution\.js:(\d+)/.exec(e.stack) : null;
  return (text + (line ? ` (line ${line[1]})` : "")).slice(0, 2000);
}
function isMemory(e) {
  return e instanceof RangeError && /Array buffer allocation|Invalid array length|Invalid string length/.test(e.message);
}

const spec = JSON.parse(fs.readFileSync("/box/src/tests.json", "utf8"));
const source = fs.readFileSync("/box/src/solution.js", "utf8");
const vm = require("vm");
global.ListNode = ListNode;
global.TreeNode = TreeNode;
let fn;
let script;
try {
  script = new vm.Script(`${source}\n;(typeof ${spec.name} === "function" ? ${spec.name} : undefined)`,
    { filename: "solution.js" });
} catch (e) {
  emit({ ce: describe(e) });
  process.exit(0);
}
try {
  fn = script.runInThisContext();
} catch (e) {
  emit({ i: 0, err: isMemory(e) ? "MLE" : "RE", msg: describe(e) });
  process.exit(0);
}
if (typeof fn !== "function") {
  emit({ ce: `the function ${spec.name} is not defined` });
  process.exit(0);
}
emit({ ready: 1 });
for (let i = 0; i < spec.tests.length; i++) {
  resetPeak();
  const values = spec.tests[i].map((v, k) => arg(v, spec.params[k]));
  const start = process.hrtime.bigint();
  let text;
  let ms;
  try {
    const value = result(fn(...values), spec.ret);
    ms = Number(process.hrtime.bigint() - start) / 1e6;
    text = JSON.stringify(value === undefined ? null : value);
  } catch (e) {
    emit({ i, err: isMemory(e) ? "MLE" : "RE", msg: describe(e) });
    process.exit(0);
  }
  write(`{"i":${i},"ok":true,"ms":${ms.toFixed(3)},"kb":${peakKb()},"v":${text}}\n`);
}
process.exit(0);
