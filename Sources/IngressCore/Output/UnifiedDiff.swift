/// A unified diff (3 lines of context) between two texts, as `diff -u` prints it.
public enum UnifiedDiff {
    public static func diff(old: String, new: String, oldName: String = "a/values.env", newName: String = "b/values.env") -> String {
        let a = lines(old), b = lines(new)
        guard a != b else { return "" }
        // Longest-common-subsequence table; values.env files are small.
        let n = a.count, m = b.count
        var lcs = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        enum Op { case same(String), del(String), add(String) }
        var ops: [Op] = []
        var i = 0, j = 0
        while i < n || j < m {
            // Deletions before additions, as diff -u prints a changed line.
            if i < n, j < m, a[i] == b[j] { ops.append(.same(a[i])); i += 1; j += 1 }
            else if i < n, j == m || lcs[i + 1][j] >= lcs[i][j + 1] { ops.append(.del(a[i])); i += 1 }
            else { ops.append(.add(b[j])); j += 1 }
        }
        var out = "--- \(oldName)\n+++ \(newName)\n"
        let context = 3
        var index = 0
        while index < ops.count {
            guard let firstChange = ops[index...].firstIndex(where: { if case .same = $0 { return false }; return true }) else { break }
            let start = max(index, firstChange - context)
            var end = firstChange
            var lastChange = firstChange
            while end < ops.count {
                if case .same = ops[end] {
                    if end - lastChange > 2 * context { break }
                } else {
                    lastChange = end
                }
                end += 1
            }
            end = min(ops.count, lastChange + context + 1)
            var oldStart = 1, newStart = 1
            for op in ops[..<start] {
                switch op { case .same: oldStart += 1; newStart += 1; case .del: oldStart += 1; case .add: newStart += 1 }
            }
            var oldCount = 0, newCount = 0, body = ""
            for op in ops[start..<end] {
                switch op {
                case .same(let l): oldCount += 1; newCount += 1; body += " \(l)\n"
                case .del(let l): oldCount += 1; body += "-\(l)\n"
                case .add(let l): newCount += 1; body += "+\(l)\n"
                }
            }
            out += "@@ -\(oldCount == 0 ? oldStart - 1 : oldStart),\(oldCount) +\(newCount == 0 ? newStart - 1 : newStart),\(newCount) @@\n" + body
            index = end
        }
        return out
    }

    static func lines(_ s: String) -> [String] {
        var result = s.split(separator: "\n", omittingEmptySubsequences: false).map { String($0.hasSuffix("\r") ? $0.dropLast() : $0) }
        if result.last == "" { result.removeLast() }
        return result
    }
}
