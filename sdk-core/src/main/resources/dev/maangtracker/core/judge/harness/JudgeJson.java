import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Judge harness: a tiny JSON reader and writer plus conversions between JSON values and the problem's types. */
final class JudgeJson {
    private final String s;
    private int p;

    private JudgeJson(String s) {
        this.s = s;
    }

    static Object parse(String text) {
        JudgeJson j = new JudgeJson(text);
        Object v = j.value();
        return v;
    }

    private void ws() {
        while (p < s.length() && Character.isWhitespace(s.charAt(p))) {
            p++;
        }
    }

    private Object value() {
        ws();
        char c = s.charAt(p);
        if (c == '[') {
            p++;
            List<Object> list = new ArrayList<>();
            ws();
            if (s.charAt(p) == ']') {
                p++;
                return list;
            }
            while (true) {
                list.add(value());
                ws();
                if (s.charAt(p++) == ']') {
                    return list;
                }
            }
        }
        if (c == '{') {
            p++;
            Map<String, Object> map = new LinkedHashMap<>();
            ws();
            if (s.charAt(p) == '}') {
                p++;
                return map;
            }
            while (true) {
                ws();
                String key = (String) value();
                ws();
                p++;
                map.put(key, value());
                ws();
                if (s.charAt(p++) == '}') {
                    return map;
                }
            }
        }
        if (c == '"') {
            StringBuilder b = new StringBuilder();
            p++;
            while (s.charAt(p) != '"') {
                char ch = s.charAt(p++);
                if (ch == '\\') {
                    char e = s.charAt(p++);
                    switch (e) {
                        case 'n': b.append('\n'); break;
                        case 't': b.append('\t'); break;
                        case 'r': b.append('\r'); break;
                        case 'b': b.append('\b'); break;
                        case 'f': b.append('\f'); break;
                        case 'u': b.append((char) Integer.parseInt(s.substring(p, p + 4), 16)); p += 4; break;
                        default: b.append(e);
                    }
                } else {
                    b.append(ch);
                }
            }
            p++;
            return b.toString();
        }
        if (s.startsWith("true", p)) {
            p += 4;
            return Boolean.TRUE;
        }
        if (s.startsWith("false", p)) {
            p += 5;
            return Boolean.FALSE;
        }
        if (s.startsWith("null", p)) {
            p += 4;
            return null;
        }
        int start = p;
        while (p < s.length() && "+-0123456789.eE".indexOf(s.charAt(p)) >= 0) {
            p++;
        }
        return new BigDecimal(s.substring(start, p));
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        return (List<Object>) o;
    }

    static int toInt(Object o) {
        return ((BigDecimal) o).intValueExact();
    }

    static long toLong(Object o) {
        return ((BigDecimal) o).longValueExact();
    }

    static double toDouble(Object o) {
        return ((BigDecimal) o).doubleValue();
    }

    static boolean toBoolean(Object o) {
        return (Boolean) o;
    }

    static String toStr(Object o) {
        return (String) o;
    }

    static int[] toIntArray(Object o) {
        List<Object> l = list(o);
        int[] a = new int[l.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = toInt(l.get(i));
        }
        return a;
    }

    static long[] toLongArray(Object o) {
        List<Object> l = list(o);
        long[] a = new long[l.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = toLong(l.get(i));
        }
        return a;
    }

    static double[] toDoubleArray(Object o) {
        List<Object> l = list(o);
        double[] a = new double[l.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = toDouble(l.get(i));
        }
        return a;
    }

    static boolean[] toBooleanArray(Object o) {
        List<Object> l = list(o);
        boolean[] a = new boolean[l.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = toBoolean(l.get(i));
        }
        return a;
    }

    static String[] toStrArray(Object o) {
        List<Object> l = list(o);
        String[] a = new String[l.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = toStr(l.get(i));
        }
        return a;
    }

    static int[][] toIntMatrix(Object o) {
        List<Object> l = list(o);
        int[][] a = new int[l.size()][];
        for (int i = 0; i < a.length; i++) {
            a[i] = toIntArray(l.get(i));
        }
        return a;
    }

    static String[][] toStrMatrix(Object o) {
        List<Object> l = list(o);
        String[][] a = new String[l.size()][];
        for (int i = 0; i < a.length; i++) {
            a[i] = toStrArray(l.get(i));
        }
        return a;
    }

    static ListNode toListNode(Object o) {
        int[] values = toIntArray(o);
        ListNode head = null;
        for (int i = values.length - 1; i >= 0; i--) {
            head = new ListNode(values[i], head);
        }
        return head;
    }

    static TreeNode toTreeNode(Object o) {
        List<Object> l = list(o);
        if (l.isEmpty()) {
            return null;
        }
        TreeNode root = new TreeNode(toInt(l.get(0)));
        Deque<TreeNode> queue = new ArrayDeque<>();
        queue.add(root);
        int next = 1;
        while (!queue.isEmpty() && next < l.size()) {
            TreeNode node = queue.poll();
            if (next < l.size()) {
                Object v = l.get(next++);
                if (v != null) {
                    node.left = new TreeNode(toInt(v));
                    queue.add(node.left);
                }
            }
            if (next < l.size()) {
                Object v = l.get(next++);
                if (v != null) {
                    node.right = new TreeNode(toInt(v));
                    queue.add(node.right);
                }
            }
        }
        return root;
    }

    static String write(Object o) {
        StringBuilder b = new StringBuilder();
        write(b, o);
        return b.toString();
    }

    private static void write(StringBuilder b, Object o) {
        if (o == null) {
            b.append("null");
        } else if (o instanceof String || o instanceof Character) {
            string(b, o.toString());
        } else if (o instanceof Double || o instanceof Float) {
            double d = ((Number) o).doubleValue();
            b.append(Double.isFinite(d) ? Double.toString(d) : "null");
        } else if (o instanceof Number || o instanceof Boolean) {
            b.append(o);
        } else if (o instanceof int[]) {
            int[] a = (int[]) o;
            b.append('[');
            for (int i = 0; i < a.length; i++) {
                b.append(i == 0 ? "" : ",").append(a[i]);
            }
            b.append(']');
        } else if (o instanceof long[]) {
            long[] a = (long[]) o;
            b.append('[');
            for (int i = 0; i < a.length; i++) {
                b.append(i == 0 ? "" : ",").append(a[i]);
            }
            b.append(']');
        } else if (o instanceof double[]) {
            double[] a = (double[]) o;
            b.append('[');
            for (int i = 0; i < a.length; i++) {
                b.append(i == 0 ? "" : ",");
                write(b, a[i]);
            }
            b.append(']');
        } else if (o instanceof boolean[]) {
            boolean[] a = (boolean[]) o;
            b.append('[');
            for (int i = 0; i < a.length; i++) {
                b.append(i == 0 ? "" : ",").append(a[i]);
            }
            b.append(']');
        } else if (o instanceof Object[]) {
            Object[] a = (Object[]) o;
            b.append('[');
            for (int i = 0; i < a.length; i++) {
                b.append(i == 0 ? "" : ",");
                write(b, a[i]);
            }
            b.append(']');
        } else if (o instanceof Collection) {
            b.append('[');
            boolean first = true;
            for (Object e : (Collection<?>) o) {
                b.append(first ? "" : ",");
                first = false;
                write(b, e);
            }
            b.append(']');
        } else if (o instanceof ListNode) {
            b.append('[');
            ListNode n = (ListNode) o;
            for (int i = 0; n != null && i <= 1_000_000; i++, n = n.next) {
                b.append(i == 0 ? "" : ",").append(n.val);
            }
            b.append(']');
        } else if (o instanceof TreeNode) {
            List<Object> values = new ArrayList<>();
            List<TreeNode> queue = new ArrayList<>();
            queue.add((TreeNode) o);
            for (int head = 0; head < queue.size(); head++) {
                TreeNode n = queue.get(head);
                values.add(n == null ? null : n.val);
                if (n != null) {
                    queue.add(n.left);
                    queue.add(n.right);
                }
            }
            while (!values.isEmpty() && values.get(values.size() - 1) == null) {
                values.remove(values.size() - 1);
            }
            write(b, values);
        } else if (o instanceof Map) {
            string(b, o.toString());
        } else {
            string(b, String.valueOf(o));
        }
    }

    private static void string(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        b.append('"');
    }
}
