/// A state's relation to an instrument, with its declarations and reservations, as recorded in
/// `Mappings/parties/<cc>.yaml`. Reports use it to excuse gaps a reservation or declaration covers.
public struct PartyStatus: Sendable, Hashable, Codable {
    /// ISO 3166-1 alpha-2, lower case: `cl`.
    public let state: String
    /// The short name lists and tables sort by: `Philippines`.
    public let name: String
    /// The name as a sentence uses it, where English gives it the article: `the Philippines`, `the United States`.
    public let nameInText: String?
    public let instruments: [InstrumentStatus]

    public init(state: String, name: String, nameInText: String? = nil, instruments: [InstrumentStatus]) {
        self.state = state
        self.name = name
        self.nameInText = nameInText
        self.instruments = instruments
    }

    enum CodingKeys: String, CodingKey {
        case state, name, nameInText = "name_in_text", instruments
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
        /// How the state became bound, when the sources say: by ratification (after signing) or accession.
        public let joinedBy: Joining?
        /// The approving or ratifying instrument, e.g. `Resolución Legislativa 30913`.
        public let approvedBy: String?
        /// Declarations that add an element the instrument allows a Party to require (Budapest Art. 40).
        public let declarations: [Reserve]
        /// Reservations the instrument allows (Budapest Art. 42): they excuse what they cover.
        public let reservations: [Reserve]
        /// Other statements on record that excuse nothing: interpretive declarations and notifications
        /// (designated authorities under Arts. 24(7), 27(2), 35).
        public let otherDeclarations: [Reserve]
        /// Declarations or reservations the state has withdrawn (kept for the record, never an excuse).
        public let withdrawn: [Reserve]
        /// Whether the declarations and reservations listed are all the state made, as far as the sources tell.
        public let reservesKnown: Record
        public let sources: [String]
        /// What the sources leave open, in a sentence or two.
        public let notes: String?

        public init(
            instrument: String, status: Status, invited: String? = nil, signed: String? = nil,
            ratified: String? = nil, inForce: String? = nil, joinedBy: Joining? = nil, approvedBy: String? = nil,
            declarations: [Reserve] = [], reservations: [Reserve] = [], otherDeclarations: [Reserve] = [],
            withdrawn: [Reserve] = [], reservesKnown: Record = .complete, sources: [String] = [], notes: String? = nil
        ) {
            self.instrument = instrument
            self.status = status
            self.invited = invited
            self.signed = signed
            self.ratified = ratified
            self.inForce = inForce
            self.joinedBy = joinedBy
            self.approvedBy = approvedBy
            self.declarations = declarations
            self.reservations = reservations
            self.otherDeclarations = otherDeclarations
            self.withdrawn = withdrawn
            self.reservesKnown = reservesKnown
            self.sources = sources
            self.notes = notes
        }

        enum CodingKeys: String, CodingKey {
            case instrument, status, invited, signed, ratified, declarations, reservations, withdrawn, sources
            case notes
            case inForce = "in_force"
            case joinedBy = "joined_by"
            case approvedBy = "approved_by"
            case otherDeclarations = "other_declarations"
            case reservesKnown = "reserves_known"
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            instrument = try container.decode(String.self, forKey: .instrument)
            status = try container.decode(Status.self, forKey: .status)
            invited = try container.decodeIfPresent(String.self, forKey: .invited)
            signed = try container.decodeIfPresent(String.self, forKey: .signed)
            ratified = try container.decodeIfPresent(String.self, forKey: .ratified)
            inForce = try container.decodeIfPresent(String.self, forKey: .inForce)
            joinedBy = try container.decodeIfPresent(Joining.self, forKey: .joinedBy)
            approvedBy = try container.decodeIfPresent(String.self, forKey: .approvedBy)
            declarations = try container.decodeIfPresent([Reserve].self, forKey: .declarations) ?? []
            reservations = try container.decodeIfPresent([Reserve].self, forKey: .reservations) ?? []
            otherDeclarations = try container.decodeIfPresent([Reserve].self, forKey: .otherDeclarations) ?? []
            withdrawn = try container.decodeIfPresent([Reserve].self, forKey: .withdrawn) ?? []
            reservesKnown = try container.decodeIfPresent(Record.self, forKey: .reservesKnown) ?? .complete
            sources = try container.decodeIfPresent([String].self, forKey: .sources) ?? []
            notes = try container.decodeIfPresent(String.self, forKey: .notes)
        }
    }

    public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
        case party, signatory, invited, observer, none
    }

    /// How a state became a Party: ratification of a treaty it signed, or accession.
    public enum Joining: String, Sendable, Hashable, Codable, CaseIterable {
        case ratification, accession
    }

    /// How complete a party file's list of declarations and reservations is.
    public enum Record: String, Sendable, Hashable, Codable, CaseIterable {
        /// The sources give the state's declarations and reservations in full (possibly none).
        case complete
        /// Some are on record but the sources show that others exist or that texts are truncated.
        case partial
        /// The sources do not say what the state declared or reserved.
        case unknown
    }

    /// A declaration or reservation on an article (and paragraph) of the instrument.
    public struct Reserve: Sendable, Hashable, Codable {
        public let article: String
        /// The paragraph of the article under which it is made: `"3"` for a reservation under Art. 6(3),
        /// `"1(b)"` for a declaration under Art. 6(1)(b); nil for the article as a whole (Art. 2).
        public let paragraph: String?
        /// Element ids of the article it concerns: for a reservation, the required elements whose absence it
        /// excuses (e.g. `possession` under Art. 6(3)) or the optional qualifier it lets the state require
        /// (`serious-harm` under Art. 4(2)); for a declaration, the optional qualifiers the state requires (e.g.
        /// `security-measures`). Empty when the sources do not say which: then it concerns the paragraph as a
        /// whole.
        public let elements: [String]
        /// The provisions it bears on, when the sources name them: `["6(1)(b)"]`, `["9(2)(b)", "9(2)(c)"]`,
        /// `["20", "21"]`.
        public let appliesTo: [String]
        /// What the state declared or reserved, in a sentence.
        public let summary: String
        /// Where the fact comes from: the treaty office record, the approving law.
        public let source: String
        /// ISO date it was made or (in `withdrawn`) withdrawn, when known.
        public let date: String?
        /// National provisions the statement names, as cited (`Ley 19.223 art. 2`): a report flags the statement
        /// when the law it names has been repealed.
        public let cites: [String]

        public init(
            article: String, paragraph: String?, elements: [String] = [], appliesTo: [String] = [],
            summary: String, source: String, date: String? = nil, cites: [String] = []
        ) {
            self.article = article
            self.paragraph = paragraph
            self.elements = elements
            self.appliesTo = appliesTo
            self.summary = summary
            self.source = source
            self.date = date
            self.cites = cites
        }

        enum CodingKeys: String, CodingKey {
            case article, paragraph, elements, summary, source, date, cites
            case appliesTo = "applies_to"
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            article = try container.decode(String.self, forKey: .article)
            paragraph = try container.decodeIfPresent(String.self, forKey: .paragraph)
            elements = try container.decodeIfPresent([String].self, forKey: .elements) ?? []
            appliesTo = try container.decodeIfPresent([String].self, forKey: .appliesTo) ?? []
            summary = try container.decode(String.self, forKey: .summary)
            source = try container.decode(String.self, forKey: .source)
            date = try container.decodeIfPresent(String.self, forKey: .date)
            cites = try container.decodeIfPresent([String].self, forKey: .cites) ?? []
        }
    }
}
