import AkomaNtoso
import Foundation
import TestSupport
import Testing
import TextImport

/// Batches meet bad files: every good file is still processed, the bad ones are summarised at the end, and the
/// exit status says something failed. An interrupted run never leaves a half-written output file.
@Suite struct BatchTests {
    static let goodLaws = ["ar-ley-26388.txt", "br-lei-12965-marco-civil.txt", "cl-ley-19223.txt"]
    static let goodCorpusFiles = ["ar/act-2008-26388.xml", "br/act-2014-12965.xml", "cl/act-1993-19223.xml"]

    @Test func validateGoesOnPastBadFilesAndSummarises() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        var files: [String] = []
        for (index, corpusFile) in Self.goodCorpusFiles.enumerated() {
            let data = try Data(contentsOf: packageRoot.appendingPathComponent("Corpus/\(corpusFile)"))
            files.append(try folder.write(data, to: "\(index)-good.xml").path)
            if index == 0 { files.append(try folder.write("<akomaNtoso xmlns=\"\(aknNamespace)\"><act>", to: "0-truncated.xml").path) }
        }
        files.append(try folder.write(Data([0x00, 0xFF, 0x13]), to: "9-noise.xml").path)
        files.append(folder.file("missing.xml").path)
        let run = try runLexalign(["validate", "--schema", strictSchema.path] + files, timeout: 120)
        #expect(!run.crashed)
        #expect(run.status == 65)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        for good in files where good.hasSuffix("-good.xml") {
            #expect(!lines.contains { $0.hasPrefix(good + ":") && $0.contains(": error: ") }, "\(good) is valid")
        }
        for bad in files where !bad.hasSuffix("-good.xml") {
            #expect(lines.contains { $0.hasPrefix(bad + ":") && $0.contains(": error: ") }, "no error for \(bad)")
        }
        #expect(lines.last?.hasPrefix("6 files: 3 valid, 0 invalid, 3 unreadable or malformed, ") == true)
    }

    @Test func importWritesEveryGoodFileAndListsTheFailures() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        var inputs: [String] = []
        for law in Self.goodLaws {
            inputs.append(try folder.write(try Data(contentsOf: try lawFile(law)), to: "in/\(law)").path)
        }
        let noHeader = try folder.write("Artículo 1°.- Sin cabecera.\n", to: "in/no-header.txt").path
        let binary = try folder.write(Data([0xFF, 0xFE, 0x00, 0x41]), to: "in/binary.txt").path
        inputs.insert(noHeader, at: 1)
        inputs.append(binary)
        let out = folder.file("out")
        let run = try runLexalign(["import"] + inputs + ["-o", out.path], timeout: 120)
        #expect(!run.crashed)
        #expect(run.status == 65)
        #expect(run.stderr.contains("\(noHeader):1:1: error: missing header"))
        #expect(run.stderr.contains("\(binary):1:1: error: byte 0xFF is not valid UTF-8"))
        #expect(run.stderr.hasSuffix("2 of 5 file(s) failed: \(noHeader), \(binary)\n"))
        // The good files are written, each identical to the committed Corpus file.
        #expect(folder.files().filter { $0.hasPrefix("out/") } == Self.goodCorpusFiles.map { "out/\($0)" })
        for corpusFile in Self.goodCorpusFiles {
            let written = try Data(contentsOf: out.appendingPathComponent(corpusFile))
            #expect(written == (try Data(contentsOf: packageRoot.appendingPathComponent("Corpus/\(corpusFile)"))))
        }
        // Files are converted in parallel, but written and listed in the order given.
        #expect(run.stdout.split(separator: "\n").map(String.init) == Self.goodCorpusFiles.map { out.appendingPathComponent($0).path })
    }

    @Test func mapGoesOnPastBadFilesAndSummarises() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let good = Self.goodCorpusFiles.map { packageRoot.appendingPathComponent("Corpus/\($0)").path }
        let truncated = try folder.write("<akomaNtoso xmlns=\"\(aknNamespace)\"><act>", to: "truncated.xml").path
        let missing = folder.file("missing.xml").path
        let files = [good[0], truncated, good[1], missing, good[2]]
        let run = try runLexalign(
            ["map", "--mappings", packageRoot.appendingPathComponent("Mappings").path] + files, timeout: 120)
        #expect(!run.crashed)
        #expect(run.status == 65)
        #expect(run.stderr.contains(truncated + ":1:"), "\(run.stderr)")
        #expect(run.stderr.contains(missing + ":"))
        #expect(run.stderr.hasSuffix("2 of 5 file(s) failed\n"))
        // The three good documents are mapped, in the order given.
        let mapped = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [Any])
        #expect(mapped.count == 3)
    }

    /// `report` is all or nothing by design (a portal built from part of the corpus would misstate coverage):
    /// every bad document is named with its position, nothing is written, exit 65.
    @Test func reportNamesEveryBadDocumentAndWritesNothing() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        for corpusFile in Self.goodCorpusFiles {
            try folder.write(try Data(contentsOf: packageRoot.appendingPathComponent("Corpus/\(corpusFile)")), to: "corpus/\(corpusFile)")
        }
        let truncated = try folder.write("<akomaNtoso xmlns=\"\(aknNamespace)\"><act>", to: "corpus/cl/truncated.xml").path
        let noise = try folder.write(Data([0x00, 0xFF, 0x13]), to: "corpus/ar/noise.xml").path
        let out = folder.file("portal")
        let run = try runLexalign(
            ["report", "--corpus", folder.file("corpus").path, "--mappings", packageRoot.appendingPathComponent("Mappings").path,
             "--out", out.path, "--quiet"], timeout: 120)
        #expect(!run.crashed)
        #expect(run.status == 65)
        #expect(run.stderr.contains(truncated + ":1:"), "\(run.stderr)")
        #expect(run.stderr.contains(noise + ":1:"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    /// Kills `lexalign import` of many files part-way (SIGTERM, then SIGINT on a second run) and checks every
    /// output file that exists: each is complete and equal to what an uninterrupted import writes.
    @Test(arguments: [SIGTERM, SIGINT])
    func interruptedImportLeavesOnlyCompleteFiles(signal: Int32) throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let law = try String(contentsOf: try lawFile("cl-ley-21459.txt"), encoding: .utf8)
        let copies = 1500
        var inputs: [String] = []
        for copy in 0..<copies {
            // Each copy its own work number, so each has its own output file.
            let text = "number: \(90_000 + copy)\n" + law
            inputs.append(try folder.write(text, to: "in/\(copy).txt").path)
        }
        let out = folder.file("out")
        let binary = try #require(lexalignBinary)
        let process = Process()
        process.executableURL = binary
        process.arguments = ["import"] + inputs + ["-o", out.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        // posix_spawn hands the child the calling thread's signal mask, and test threads block SIGINT and SIGTERM:
        // unblock them around the spawn so lexalign meets them as it would in a shell.
        var interrupts = sigset_t()
        var previous = sigset_t()
        sigemptyset(&interrupts)
        sigaddset(&interrupts, SIGINT)
        sigaddset(&interrupts, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &interrupts, &previous)
        let spawned = Result { try process.run() }
        pthread_sigmask(SIG_SETMASK, &previous, nil)
        try spawned.get()
        // Wait for some output, then interrupt mid-batch.
        let deadline = Date().addingTimeInterval(60)
        let outputFolder = out.appendingPathComponent("cl")
        while process.isRunning, Date() < deadline,
            ((try? FileManager.default.contentsOfDirectory(atPath: outputFolder.path)) ?? []).filter({ $0.hasSuffix(".xml") }).isEmpty
        {
            usleep(2_000)
        }
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal, "the run finished before it could be interrupted")
        let outputs = folder.files().filter { $0.hasPrefix("out/") && $0.hasSuffix(".xml") }
        #expect(!outputs.isEmpty && outputs.count < copies)
        for path in outputs {
            let data = try Data(contentsOf: folder.file(path))
            #expect(throws: Never.self) { try AKNParser().parse(data, file: path) }
            let number = try #require(path.firstMatch(of: /act-2022-(\d+)\.xml/)?.1).description
            // The copy that made this file, imported without interruption (its source-file alias included).
            let copy = try #require(Int(number)) - 90_000
            let expected = XMLWriter(indent: "  ").string(
                for: try importer.importText("number: \(number)\n" + law, file: inputs[copy]).document)
            #expect(String(decoding: data, as: UTF8.self) == expected)
        }
        // What the interruption can leave is a hidden temporary file that no reader takes for output.
        let others = folder.files().filter { $0.hasPrefix("out/") && !$0.hasSuffix(".xml") }
        #expect(others.allSatisfy { ($0 as NSString).lastPathComponent.hasPrefix(".") && $0.hasSuffix(".tmp") })
    }
}
