import Foundation
import LexalignKit
import Testing

@Suite struct ReportTreeTests {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("lexalign-tree-\(UUID().uuidString)")

    @Test func writesOnlyChangedFilesAndRemovesStaleOnesInItsOwnFolders() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let files = ["index.html": Data("a".utf8), "states/cl.html": Data("b".utf8), "states/co.html": Data("c".utf8)]
        #expect(try ReportTree.write(files, to: root) == (3, 0))
        #expect(try ReportTree.write(files, to: root) == (0, 0))
        try Data("keep".utf8).write(to: root.appendingPathComponent("NOTES.txt"))
        var next = files
        next["states/co.html"] = nil
        next["index.html"] = Data("a2".utf8)
        #expect(try ReportTree.write(next, to: root) == (1, 1))
        let read = try ReportTree.read(root)
        #expect(read["states/co.html"] == nil)
        #expect(read["index.html"] == Data("a2".utf8))
        #expect(read["NOTES.txt"] == Data("keep".utf8))
    }

    @Test func readingAMissingFolderGivesNothing() throws {
        #expect(try ReportTree.read(root.appendingPathComponent("absent")).isEmpty)
    }
}
