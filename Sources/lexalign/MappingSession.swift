import AkomaNtoso
import Alignment
import ArgumentParser
import Foundation
import LexalignSupport

/// What `map`, `evaluate` and `review` share: the instrument, the expert reviews, and reading a document.
struct MappingSession: Sendable {
    let instrument: Instrument
    let reviewFiles: [ReviewFile]
    /// One mapper per language met, built on first use (compiling signals takes time: only what is needed).
    private let mappers = MapperPool()

    /// Shared by the threads that map documents in parallel (`concurrentMap`): the lock guards the dictionary only;
    /// a `Mapper` is an immutable value, safe to use from any thread.
    final class MapperPool: @unchecked Sendable {
        private var mappers: [Language: Mapper] = [:]
        private let lock = NSLock()

        func mapper(for language: Language, instrument: Instrument) -> Mapper {
            lock.lock()
            defer { lock.unlock() }
            if let mapper = mappers[language] { return mapper }
            let mapper = Mapper(instrument: instrument, languages: [language])
            mappers[language] = mapper
            return mapper
        }
    }

    func mapper(for language: Language) -> Mapper {
        mappers.mapper(for: language, instrument: instrument)
    }

    /// A file the session could not use, as `file:line:column: error: message` lines.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    struct Mapped {
        let file: String
        let facts: DocumentFacts
        let provisions: [Provision]
        let alignment: DocumentAlignment
    }

    init(mappings: String, instrument id: String, reviews: Bool) throws {
        let path = "\(mappings)/instruments/\(id).yaml"
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            printError("\(path): error: cannot read the instrument '\(id)'")
            throw ExitCode(66)
        }
        let loaded = InstrumentLoader.load(text, file: path)
        guard let instrument = loaded.instrument, !loaded.diagnostics.contains(where: { $0.severity == .error }) else {
            for diagnostic in loaded.diagnostics {
                printError("\(diagnostic)")
            }
            throw ExitCode(65)
        }
        self.instrument = instrument
        var files: [ReviewFile] = []
        if reviews {
            let folder = "\(mappings)/reviews"
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
                .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
            var problems: [String] = []
            for name in names {
                let file = "\(folder)/\(name)"
                do {
                    files.append(try ReviewFile.load(try String(contentsOfFile: file, encoding: .utf8), path: file))
                } catch let error as ReviewErrors {
                    problems.append(error.description)
                } catch {
                    problems.append("\(file): error: cannot read: \(error.localizedDescription)")
                }
            }
            if !problems.isEmpty {
                printError(problems.joined(separator: "\n"))
                throw ExitCode(65)
            }
        }
        reviewFiles = files
    }

    func read(_ file: String) throws(Failure) -> (Document, DocumentFacts) {
        let parsed: ParsedDocument
        do {
            parsed = try AKNParser().parse(contentsOf: URL(fileURLWithPath: file))
        } catch {
            throw Failure(description: error.diagnostics.map { "\($0)" }.joined(separator: "\n"))
        }
        let facts = DocumentFacts(parsed.document)
        guard facts.language != nil else {
            throw Failure(
                description: "\(file):1:1: error: the document's language (FRBRExpression/FRBRlanguage) is missing or not one of es, pt, en, fr")
        }
        return (parsed.document, facts)
    }

    func align(file: String, applyingReviews: Bool = true) throws(Failure) -> Mapped {
        let (document, facts) = try read(file)
        return align(document: document, facts: facts, applyingReviews: applyingReviews, file: file)
    }

    func align(document: Document, facts: DocumentFacts, applyingReviews: Bool, file: String = "") -> Mapped {
        let language = facts.language!
        let provisions = document.provisions
        let mapper = mapper(for: language)
        var alignment = mapper.align(documentURI: facts.expressionURI, language: language, provisions: provisions)
        if applyingReviews {
            let decisions = ReviewFile.decisions(in: reviewFiles, country: facts.country)
            alignment = ReviewApplier(mapper: mapper).apply(
                decisions, to: alignment, provisions: provisions, language: language)
        }
        return Mapped(file: file, facts: facts, provisions: provisions, alignment: alignment)
    }
}
