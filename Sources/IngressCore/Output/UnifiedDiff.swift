/// A unified diff (3 lines of context) between two texts, as `diff -u` prints it.
public enum UnifiedDiff {
    public static func diff(old: String, new: String, oldName: String = "a/values.env", newName: String = "b/values.env") -> String {
        let a = lines(old), b = lines(new)
        guard a != b else { return "" }
        // Myers' algorithm (the standard library's): time and memory grow with the size of the
        // change, not with the product of the two lengths, so a long values.env stays cheap.
        let difference = b.difference(from: a)
        var removed = Set<Int>(), inserted = Set<Int>()
        for change in difference {
            switch change {
            case .remove(let offset, _, _): removed.insert(offset)
            case .insert(let offset, _, _): inserted.insert(offset)
            }
        }
        enum Op { case same(Line), del(Line), add(Line) }
        let n = a.count, m = b.count
        var ops: [Op] = []
        ops.reserveCapacity(max(n, m) + difference.count)
        var i = 0, j = 0
        while i < n || j < m {
            // Deletions before additions, as diff -u prints a changed line.
            if i < n, removed.contains(i) { ops.append(.del(a[i])); i += 1 }
            else if j < m, inserted.contains(j) { ops.append(.add(b[j])); j += 1 }
            else { ops.append(.same(a[i])); i += 1; j += 1 }
        }
        var out = "--- \(oldName)\n+++ \(newName)\n"
        let context = 3
        var index = 0
        // Line numbers at `index`, carried forward rather than recounted for every hunk.
        var counted = 0, oldLine = 1, newLine = 1
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
            for op in ops[counted..<start] {
                switch op { case .same: oldLine += 1; newLine += 1; case .del: oldLine += 1; case .add: newLine += 1 }
            }
            counted = start
            let oldStart = oldLine, newStart = newLine
            var oldCount = 0, newCount = 0, body = ""
            for op in ops[start..<end] {
                switch op {
                case .same(let l): oldCount += 1; newCount += 1; body += " \(l.text)\n"
                case .del(let l): oldCount += 1; body += "-\(l.text)\n"
                case .add(let l): newCount += 1; body += "+\(l.text)\n"
                }
            }
            out += "@@ -\(oldCount == 0 ? oldStart - 1 : oldStart),\(oldCount) +\(newCount == 0 ? newStart - 1 : newStart),\(newCount) @@\n" + body
            index = end
        }
        return out
    }

    /// The lines as bytes (compared byte for byte, split without Unicode segmentation and
    /// without copying the text: a long values.env stays cheap), without their LF or CR LF.
    static func lines(_ s: String) -> [Line] {
        var result = s.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { line in
            Line(bytes: line.last == 0x0D ? line.dropLast() : line)
        }
        if result.last?.bytes.isEmpty == true { result.removeLast() }
        return result
    }

    /// One line's bytes, a view into the text.
    struct Line: Equatable {
        var bytes: Substring.UTF8View
        var text: String { String(Substring(bytes)) }
        static func == (lhs: Line, rhs: Line) -> Bool { lhs.bytes.elementsEqual(rhs.bytes) }
    }
}
