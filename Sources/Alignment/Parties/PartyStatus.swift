/// A state's relation to an instrument, with its declarations and reservations, as recorded in
/// `Mappings/parties/<cc>.yaml`. Reports use it to excuse gaps a reservation or declaration covers.
public struct PartyStatus: Sendable, Hashable, Codable {
    /// ISO 3166-1 alpha-2, lower case: `cl`.
    public let state: String
    public let name: String
    public let instruments: [InstrumentStatus]

    public init(state: String, name: String, instruments: [InstrumentStatus]) {
        self.state = state
        self.name = name
        self.instruments = instruments
    }

    public func status(for instrument: String) -> InstrumentStatus? {
        instruments.first { $0.instrument == instrument }
    }

    public struct InstrumentStatus: Sendable, Hashable, Codable {
        /// The instrument id: `budapest`, `budapest-ap1`.
        public let instrument: String
        public let status: Status
        /// ISO dates, when known.
        public let invited: String?
        public let signed: String?
        public let ratified: String?
        public let inForce: String?
        /// The approving or ratifying instrument, e.g. `Resolución Legislativa 30913`.
        public let approvedBy: String?
        public let declarations: [Reserve]
        public let reservations: [Reserve]
        public let sources: [String]

        public init(
            instrument: String, status: Status, invited: String? = nil, signed: String? = nil,
            ratified: String? = nil, inForce: String? = nil, approvedBy: String? = nil,
            declarations: [Reserve] = [], reservations: [Reserve] = [], sources: [String] = []
        ) {
            self.instrument = instrument
            self.status = status
            self.invited = invited
            self.signed = signed
            self.ratified = ratified
            self.inForce = inForce
            self.approvedBy = approvedBy
            self.declarations = declarations
            self.reservations = reservations
            self.sources = sources
        }

        enum CodingKeys: String, CodingKey {
            case instrument, status, invited, signed, ratified, declarations, reservations, sources
            case inForce = "in_force"
            case approvedBy = "approved_by"
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            instrument = try container.decode(String.self, forKey: .instrument)
            status = try container.decode(Status.self, forKey: .status)
            invited = try container.decodeIfPresent(String.self, forKey: .invited)
            signed = try container.decodeIfPresent(String.self, forKey: .signed)
            ratified = try container.decodeIfPresent(String.self, forKey: .ratified)
            inForce = try container.decodeIfPresent(String.self, forKey: .inForce)
            approvedBy = try container.decodeIfPresent(String.self, forKey: .approvedBy)
            declarations = try container.decodeIfPresent([Reserve].self, forKey: .declarations) ?? []
            reservations = try container.decodeIfPresent([Reserve].self, forKey: .reservations) ?? []
            sources = try container.decodeIfPresent([String].self, forKey: .sources) ?? []
        }
    }

    public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
        case party, signatory, invited, observer, none
    }

    /// A declaration or reservation on an article (and paragraph) of the instrument.
    public struct Reserve: Sendable, Hashable, Codable {
        public let article: String
        /// `"3"` for Art. 6(3); nil for the article as a whole.
        public let paragraph: String?
        /// Element ids of the article whose absence this excuses (e.g. `security-measures`), or empty when it
        /// excuses the paragraph as a whole.
        public let elements: [String]
        /// What the state declared or reserved, in a sentence.
        public let summary: String
        /// Where the fact comes from: the treaty office record, the approving law.
        public let source: String

        public init(article: String, paragraph: String?, elements: [String] = [], summary: String, source: String) {
            self.article = article
            self.paragraph = paragraph
            self.elements = elements
            self.summary = summary
            self.source = source
        }

        enum CodingKeys: String, CodingKey {
            case article, paragraph, elements, summary, source
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            article = try container.decode(String.self, forKey: .article)
            paragraph = try container.decodeIfPresent(String.self, forKey: .paragraph)
            elements = try container.decodeIfPresent([String].self, forKey: .elements) ?? []
            summary = try container.decode(String.self, forKey: .summary)
            source = try container.decode(String.self, forKey: .source)
        }
    }
}
