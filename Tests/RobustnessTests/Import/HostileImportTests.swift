import AkomaNtoso
import Foundation
import TestSupport
import Testing
import TextImport

/// Hostile law texts for the importer, through the library and through the built `lexalign import`: a text it
/// cannot keep exactly is refused at a position with no output file; a text it can keep is imported in bounded
/// time and nothing is lost.
@Suite struct HostileImportTests {
    @Test func twentyMegabytesWithoutArticleMarkersImportInBoundedTimeLosingNothing() throws {
        let sentence = "El presente texto no contiene ningún encabezamiento de artículo y se repite sin estructura alguna. "
        var body = ""
        body.reserveCapacity(21 * 1024 * 1024)
        var line = 0
        while body.utf8.count < 20 * 1024 * 1024 {
            line += 1
            body += String(repeating: sentence, count: 8) + "\(line)\n"
        }
        let text = lawText(body: body)
        let (result, seconds) = try timed { try importer.importText(text, file: "no-markers.txt") }
        #expect(seconds < 60, "importing 20 MB took \(seconds) s")
        let plain = PlainText.text(of: try #require(result.document.documentElement), includingNotes: true)
        #expect(plain.filter { !$0.isWhitespace } .count >= body.filter { !$0.isWhitespace }.count)
        #expect(result.document.provisions.allSatisfy { $0.level != "article" })
    }

    @Test func megabyteLinesImportAndAreKept() throws {
        let long = String(repeating: "palabra ", count: 131_072)  // 1 MiB per line
        let text = lawText(body: "Artículo 1°.- Primero. \(long)\nArtículo 2°.- Segundo. \(long)\n\(long)\n")
        let (result, seconds) = try timed { try importer.importText(text, file: "long-lines.txt") }
        #expect(seconds < 30)
        let numbers = result.document.provisions.filter { $0.level == "article" }.compactMap(\.num)
        #expect(numbers == ["Artículo 1°.-", "Artículo 2°.-"] || numbers.count == 2)
        let plain = PlainText.text(of: try #require(result.document.documentElement), includingNotes: true)
        #expect(plain.utf8.count > 3 * long.utf8.count)
    }

    @Test func nulAndControlCharactersInTheBodyAreReplacedAndReportedAtTheirPosition() throws {
        let text = lawText(body: "Artículo 1°.- Texto.\nArtículo 2°.- Con un \u{0} nulo.\nArtículo 3°.- Y \u{1B} escape.")
        let result = try importer.importText(text, file: "nul.txt")
        #expect(result.diagnostics.map(\.description) == [
            "nul.txt:9:22: warning: character U+0 cannot be written in XML; replaced by a space",
            "nul.txt:10:17: warning: character U+1B cannot be written in XML; replaced by a space",
        ])
        let xml = XMLWriter(indent: "  ").string(for: result.document)
        #expect(throws: Never.self) { try AKNParser().parse(Data(xml.utf8), file: "nul.xml") }
    }

    @Test func nulInAHeaderFieldIsRefusedAtItsPosition() throws {
        let text = lawText(body: "Artículo 1°.- Texto.", title: "Ley N° 1\u{0}2")
        #expect {
            try importer.importText(text, file: "nul-title.txt")
        } throws: { error in
            (error as? ImportError)?.diagnostics.map(\.description) == [
                "nul-title.txt:1:16: error: header field 'title' holds character U+0, which XML cannot carry"
            ]
        }
    }

    @Test func latin1BytesInAUTF8FileAreRefusedAtTheirLineAndColumn() throws {
        var data = Data(lawText(body: "Artículo 1°.- Texto correcto.\nArtículo 2°.- Informaci").utf8)
        data.append(contentsOf: [0xF3, 0x6E])  // "ón" in Latin-1
        data.append(Data(" mal codificada.\n".utf8))
        #expect {
            try LawText.decode(data, file: "mixed.txt")
        } throws: { error in
            (error as? ImportError)?.diagnostics.map(\.description) == [
                "mixed.txt:9:24: error: byte 0xF3 is not valid UTF-8 (the file must be UTF-8; convert it, e.g. with iconv -f latin1 -t utf-8)"
            ]
        }
        // Well-formed UTF-8, with or without a byte-order mark, decodes unchanged.
        let good = lawText(body: "Artículo 1°.- Información.")
        #expect(try LawText.decode(Data(good.utf8)) == good)
        #expect(try LawText.decode(Data([0xEF, 0xBB, 0xBF]) + Data(good.utf8)) == good)
    }

    @Test func headerWithDuplicateAndMissingFieldsListsEveryProblem() throws {
        let text = """
            title: Ley de prueba
            title: Otra vez
            country: cl
            language: es
            date: 2020-01-01

            Artículo 1°.- Texto.
            """
        #expect {
            try importer.importText(text, file: "header.txt")
        } throws: { error in
            (error as? ImportError)?.diagnostics.map(\.description) == [
                "header.txt:2:1: error: duplicate header field 'title' (first given on line 1)",
                "header.txt:5:1: error: missing header field 'source'",
                "header.txt:5:1: error: missing header field 'completeness'",
            ]
        }
    }

    /// The same inputs through the CLI: positioned error on stderr, exit 65, no file in the output folder.
    @Test func cliRefusesEachBadTextWithoutWritingAnything() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        var latin1 = Data(lawText(body: "Artículo 1°.- Informaci").utf8)
        latin1.append(contentsOf: [0xF3, 0x6E, 0x0A])
        let inputs: [(String, Data, String)] = [
            ("nul.txt", Data(lawText(body: "Artículo 1°.- Uno.", title: "Ley\u{0}").utf8), ":1:11: error: header field 'title' holds character U+0"),
            ("latin1.txt", latin1, ":8:24: error: byte 0xF3 is not valid UTF-8"),
            ("header.txt", Data("title: A\ntitle: B\n\nArtículo 1°.- Texto.\n".utf8), ":2:1: error: duplicate header field 'title'"),
            ("empty.txt", Data(), ":1:1: error: missing header"),
            ("noise.txt", Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 197 &+ 11) }), ":1:5: error: byte 0xE4 is not valid UTF-8"),
        ]
        for (name, data, expected) in inputs {
            let path = try folder.write(data, to: "in/\(name)").path
            let run = try runLexalign(["import", path, "-o", folder.file("out").path], timeout: 30)
            #expect(!run.crashed)
            #expect(run.status == 65, "\(name): exit \(run.status)")
            #expect(run.stderr.contains(path + expected), "\(name): \(run.stderr)")
            #expect(run.stdout.isEmpty)
        }
        #expect(!FileManager.default.fileExists(atPath: folder.file("out").path))
    }
}
