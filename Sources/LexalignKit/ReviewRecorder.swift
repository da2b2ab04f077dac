import AkomaNtoso
import Alignment
import Foundation

/// Records an expert's decision on a (provision, article) pair in `<mappings>/reviews/<country>.yaml`, with the
/// fingerprint of the provision text the expert read: a later change of the text makes the decision stale.
public struct ReviewRecorder: Sendable {
    public let workspace: Workspace

    /// Loaded with `.reviews`, so that a decision is never written next to a review file that does not load.
    public init(workspace: Workspace) {
        self.workspace = workspace
    }

    public struct Request: Sendable, Hashable {
        /// The AKN document the provision is in.
        public var file: String
        /// The provision's eId or its number as printed (`2`, `CP 269A`).
        public var provision: String
        public var article: String
        public var verdict: ReviewDecision.Verdict
        public var coverage: Coverage?
        public var note: String?
        public var reviewer: String
        /// `YYYY-MM-DD`; nil: the day of recording (UTC).
        public var date: String?

        public init(
            file: String, provision: String, article: String, verdict: ReviewDecision.Verdict,
            coverage: Coverage? = nil, note: String? = nil, reviewer: String, date: String? = nil
        ) {
            self.file = file
            self.provision = provision
            self.article = article
            self.verdict = verdict
            self.coverage = coverage
            self.note = note
            self.reviewer = reviewer
            self.date = date
        }
    }

    /// The decision as written and the file it is in.
    public struct Recorded: Sendable, Hashable {
        public let file: String
        public let decision: ReviewDecision
    }

    /// Writes the decision, replacing an earlier one on the same provision, article and work; other decisions of
    /// the file are kept in their order. The file is written atomically.
    public func record(_ request: Request, now: Date = Date()) throws(LexalignError) -> Recorded {
        let (document, facts) = try Mapping.read(request.file)
        let probe = ReviewDecision(
            provision: request.provision, article: request.article, verdict: request.verdict,
            reviewer: request.reviewer, date: "", textSHA256: "")
        guard let target = document.provisions.first(where: { probe.names($0) }) else {
            throw LexalignError(.badInput, ["\(request.file): error: no provision '\(request.provision)' in this document"])
        }
        guard let country = facts.country else {
            throw LexalignError(.badInput, ["\(request.file): error: the document has no FRBR country"])
        }
        let work = facts.workURI ?? facts.expressionURI
        // The provision as a reader cites it: its number, prefixed with the host law for an inserted article.
        let cited = target.num.map { number in target.host?.abbreviation.map { "\($0) \(number)" } ?? number } ?? target.eId
        let decision = ReviewDecision(
            document: work, provision: cited, article: request.article, verdict: request.verdict,
            coverage: request.coverage, note: request.note, reviewer: request.reviewer,
            date: request.date ?? Self.day(of: now), textSHA256: TextFingerprint.sha256(target.text))
        let path = workspace.reviewFile(country: country)
        var existing = ReviewFile(path: path, document: nil, decisions: [])
        if let text = try? String(contentsOfFile: path, encoding: .utf8) {
            do {
                existing = try ReviewFile.load(text, path: path)
            } catch {
                throw LexalignError(.badInput, [error.description])
            }
        }
        let kept = existing.decisions.filter {
            !($0.names(target) && $0.article == request.article && ($0.document ?? work) == work)
        }
        let updated = ReviewFile(path: path, document: existing.document, decisions: kept + [decision])
        do {
            try AtomicFile.write(updated.yaml(), to: path)
        } catch {
            throw LexalignError(.cannotWrite, ["\(path): error: cannot write (\(error.localizedDescription))"])
        }
        return Recorded(file: path, decision: decision)
    }

    /// `2026-11-29`: the UTC day of `date`.
    static func day(of date: Date) -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.locale = Locale(identifier: "en_US_POSIX")
        return formatter.string(from: date)
    }
}
