import AkomaNtoso
import Testing

@testable import Alignment

/// Provisions worded the way other legal traditions word them (Commonwealth computer-misuse acts, the French
/// penal code's "le fait de", Caribbean Spanish "el hecho de ... se sancionará"): the mapper must not depend on
/// the development set's drafting.
@Suite struct DraftingStyleTests {
    static let cases: [(language: Language, text: String, article: String)] = [
        (.en, "A person who knowingly and without authority causes a computer to perform any function for the purpose of securing access to any program or data held in any computer commits an offence and is liable on summary conviction to a fine of fifty thousand dollars or to imprisonment for a term of three years.", "2"),
        (.en, "A person who, knowingly and without lawful excuse, intercepts or causes to be intercepted, by technical means, any non-public transmission of computer data to, from or within a computer system commits an offence and is liable on conviction on indictment to imprisonment for five years.", "3"),
        (.en, "In this Act, \"computer system\" means any device or group of interconnected or related devices, one or more of which, pursuant to a program, performs automatic processing of data; \"traffic data\" means computer data relating to a communication by means of a computer system which indicates its origin, destination, route, time, date, size, duration or type of underlying service.", "1"),
        (.fr, "Le fait d'accéder ou de se maintenir, frauduleusement, dans tout ou partie d'un système de traitement automatisé de données est puni de trois ans d'emprisonnement et de 100 000 euros d'amende.", "2"),
        (.fr, "Le fait d'entraver ou de fausser le fonctionnement d'un système de traitement automatisé de données est puni de cinq ans d'emprisonnement et de 150 000 euros d'amende.", "5"),
        (.fr, "Le fait d'introduire frauduleusement des données dans un système de traitement automatisé ou de supprimer ou de modifier frauduleusement les données qu'il contient est puni de cinq ans d'emprisonnement et de 150 000 euros d'amende.", "4"),
        (.es, "El hecho de acceder a un sistema electrónico, informático, telemático o de telecomunicaciones, o a sus componentes, utilizando o no una identidad ajena, o excediendo una autorización, se sancionará con las penas de tres meses a un año de prisión y multa.", "2"),
        (.es, "La persona que sin autorización destruya, altere, borre o suprima datos informáticos será sancionada con pena privativa de libertad de tres a cinco años.", "4"),
        // Procedural powers, jurisdiction, co-operation, corporate liability, attempt.
        (.es, "El Ministerio Público podrá ordenar el registro de un sistema informático o de un medio de almacenamiento de datos y la incautación de los datos informáticos que sean relevantes para la investigación.", "19"),
        (.es, "El juez podrá ordenar, a solicitud del fiscal, la interceptación de las comunicaciones y la grabación de su contenido en tiempo real, para la investigación de delitos graves.", "21"),
        (.es, "Los tribunales nacionales tendrán jurisdicción sobre los delitos previstos en esta ley cuando sean cometidos en el territorio nacional, a bordo de buques o aeronaves de bandera nacional, o por un nacional en el extranjero.", "22"),
        (.es, "Se designa a la Policía Nacional como punto de contacto disponible las veinticuatro horas del día, siete días a la semana, para asegurar la asistencia inmediata en la cooperación internacional.", "35"),
        (.es, "Las personas jurídicas serán responsables penalmente por los delitos previstos en esta ley cuando sean cometidos en su beneficio por sus representantes o administradores.", "12"),
        (.es, "Será sancionada la tentativa de los delitos previstos en esta ley.", "11"),
        (.en, "A Judge may, on application by a police officer, issue a warrant authorising the police officer to search a computer system or computer data storage medium and to seize or secure computer data.", "19"),
        (.en, "Where a police officer is satisfied that computer data stored in a computer system is reasonably required for a criminal investigation and there is a risk that the data may be lost or modified, the police officer may, by written notice, require the person in control of the computer system to preserve the data for a period not exceeding ninety days.", "16"),
        (.en, "A person who publishes, distributes, transmits or possesses child pornography through a computer system commits an offence and is liable on conviction on indictment to imprisonment for ten years.", "9"),
        (.fr, "Le juge d'instruction peut ordonner la perquisition d'un système informatique et la saisie des données informatiques qui y sont stockées.", "19"),
        (.fr, "Le fait de produire, d'offrir, de diffuser ou de détenir une image ou une représentation d'un mineur présentant un caractère pornographique, par le biais d'un système informatique, est puni de cinq ans d'emprisonnement.", "9"),
        (.fr, "Les personnes morales peuvent être déclarées responsables pénalement des infractions prévues par la présente loi commises pour leur compte par leurs organes ou représentants.", "12"),
        // Model-law and civil-law procedural, jurisdiction and offence wording.
        (.en, "If a police officer is satisfied that specified data stored in a computer system is reasonably required for the purpose of a criminal investigation, the police officer may, by written notice given to a person in control of the computer system, require the person to disclose sufficient traffic data about a specified communication to identify the service providers and the path through which the communication was transmitted.", "17"),
        (.en, "If a Judge is satisfied on the basis of an application by a police officer that specified computer data is reasonably required for the purpose of a criminal investigation, the Judge may order that a person in control of a computer system produce from the system specified computer data or a printout or other intelligible output of that data, and that a service provider produce subscriber information about persons who subscribe to or otherwise use the service.", "18"),
        (.en, "If a Judge is satisfied on the basis of an application by a police officer that there are reasonable grounds to suspect that traffic data is reasonably required for a criminal investigation, the Judge may order a person in control of such data to collect or record traffic data associated with a specified communication during a specified period, and to permit and assist the police officer to collect or record that data in real time.", "20"),
        (.en, "If a Judge is satisfied that the content of electronic communications is reasonably required for the investigation of a serious offence, the Judge may order a service provider to collect or record, or to assist the police in the collection or recording of, content data associated with specified communications transmitted by means of a computer system in real time.", "21"),
        (.en, "This Act applies to an act done or an omission made in the territory of the State, on a ship or aircraft registered in the State, or by a national of the State outside the jurisdiction of any country.", "22"),
        (.fr, "Lorsque les nécessités de l'enquête l'exigent, le procureur de la République peut enjoindre à toute personne de conserver et de protéger l'intégrité des données informatiques en sa possession, y compris les données relatives au trafic, pour une durée de quatre-vingt-dix jours.", "16"),
        (.fr, "Les juridictions nationales sont compétentes pour connaître des infractions prévues par la présente loi lorsqu'elles sont commises sur le territoire national, à bord d'un navire battant pavillon national ou d'un aéronef immatriculé, ou par un ressortissant à l'étranger.", "22"),
        (.fr, "Le fait d'intercepter intentionnellement et sans droit, par des moyens techniques, des données informatiques lors de transmissions non publiques à destination, en provenance ou à l'intérieur d'un système informatique est puni de cinq ans d'emprisonnement.", "3"),
        (.fr, "Le fait de produire, vendre, importer, diffuser ou mettre à disposition un équipement, un programme informatique ou un mot de passe conçu ou adapté pour commettre une des infractions prévues aux articles précédents est puni des peines prévues pour l'infraction elle-même.", "6"),
        (.fr, "Quiconque, dans une intention frauduleuse, cause un préjudice patrimonial à autrui par l'introduction, l'altération, l'effacement ou la suppression de données informatiques en vue de se procurer un avantage économique est puni de cinq ans d'emprisonnement.", "8"),
        (.es, "Toda persona que, con intención de procurar un beneficio económico para sí o para un tercero, cause un perjuicio patrimonial a otro mediante la introducción, alteración, borrado o supresión de datos informáticos será sancionada con prisión de dos a seis años.", "8"),
        (.es, "Quien sin autorización intercepte, por medios técnicos, datos informáticos en transmisiones no públicas dirigidas a un sistema informático, originadas en él o efectuadas dentro del mismo, será sancionado con prisión de dos a cinco años.", "3"),
        // Older Central American wording: records, instructions and programs; a penalty given by reference.
        (.es, "La misma pena del artículo anterior se aplicará al que alterare, borrare o de cualquier modo inutilizare las instrucciones o programas que utilizan las computadoras.", "4"),
        (.es, "Será sancionado con prisión de seis meses a cuatro años al que distribuyere o pusiere en circulación programas o instrucciones destructivas, que puedan causar perjuicio a los registros, programas o equipos de computación.", "6"),
        // Commonwealth officers' liability for an offence "committed by a body corporate".
        (.en, "Where an offence under this Act committed by a body corporate is proved to have been committed with the consent or connivance of, or to be attributable to any neglect on the part of, any director, manager, secretary or other similar officer of the body corporate, that person as well as the body corporate commits that offence.", "12"),
        // North African French: an inverted penalty formula, forgery of computerised documents.
        (.fr, "Est puni de la même peine toute personne qui se maintient dans tout ou partie d'un système de traitement automatisé des données auquel elle a accédé par erreur et alors qu'elle n'en a pas le droit.", "2"),
        (.fr, "Sans préjudice de dispositions pénales plus sévères, est puni de l'emprisonnement d'un an à cinq ans quiconque commet un faux de documents informatisés, quelle que soit leur forme, de nature à causer un préjudice à autrui.", "7"),
        // French procedure: a threshold stated by the penalty incurred; a power whose modal and verb stand apart.
        (.fr, "En matière criminelle et en matière correctionnelle, si la peine encourue est égale ou supérieure à deux ans d'emprisonnement, le juge d'instruction peut, lorsque les nécessités de l'information l'exigent, prescrire l'interception, l'enregistrement et la transcription de correspondances émises par la voie des communications électroniques.", "21"),
        (.fr, "Les officiers de police judiciaire peuvent, au cours d'une perquisition, accéder par un système informatique implanté sur les lieux où se déroule la perquisition à des données intéressant l'enquête en cours et stockées dans ledit système ou dans un autre système informatique, dès lors que ces données sont accessibles à partir du système initial.", "19"),
        // A computer fraud whose result is "información falsa" is no false-news offence.
        (.es, "Se impondrá prisión de tres a seis años a quien, en perjuicio de una persona física o jurídica, manipule o influya en el ingreso, en el procesamiento o en el resultado de los datos de un sistema automatizado de información, ya sea mediante el uso de datos falsos o incompletos, el uso indebido de datos, programación, valiéndose de alguna operación informática o artificio tecnológico, o bien, por cualquier otra acción que incida en el procesamiento de los datos del sistema o que dé como resultado información falsa, incompleta o fraudulenta, con la cual se procure u obtenga un beneficio patrimonial o indebido.", "8"),
        // United States drafting: "offense", misdemeanor and felony grades, "Whoever ... shall be punished".
        (.en, "A person commits an offense if the person knowingly accesses a computer, computer network, or computer system without the effective consent of the owner. An offense under this subsection is a Class B misdemeanor.", "2"),
        (.en, "Whoever knowingly and with intent to defraud traffics in any password or similar information through which a computer may be accessed without authorization shall be punished as provided in subsection (c) of this section.", "6"),
        // A model-law offence whose formula names its penalty class ("commits an offence punishable ... by").
        (.en, "A person who, intentionally, without lawful excuse or justification or in excess of a lawful excuse or justification, accesses the whole or any part of a computer system commits an offence punishable by imprisonment for a period not exceeding five years.", "2"),
        // Canadian and Swiss French: an inverted subject ("Commet un méfait quiconque"), putting into circulation.
        (.fr, "Commet un méfait quiconque volontairement, selon le cas, détruit ou modifie des données informatiques, ou les rend inutiles ou inopérantes.", "4"),
        (.fr, "Quiconque met en circulation ou rend accessibles des mots de passe, des programmes ou d'autres données dont il sait qu'ils doivent être utilisés dans le but de commettre une infraction visée à l'al. 1 est puni d'une peine privative de liberté de trois ans au plus.", "6"),
        (.en, "A person commits an offense if the person intentionally interrupts or suspends access to a computer system or computer network without the effective consent of the owner. An offense under this section is a state jail felony.", "5"),
        // "cree" (creates) is no "créase" (let a body be created): a forgery that creates a document is an offence.
        (.es, "Quien, a través de cualquier medio, cree, modifique o elimine un documento que se encuentre registrado en un sistema informático, con la finalidad de que sea tomado como auténtico y produzca efectos jurídicos, será sancionado con prisión de uno a tres años.", "7"),
        // Commonwealth model-law procedure: a duty to assist a search; disclosure of enough traffic data for the path.
        (.en, "A person who is in possession or control of a computer system that is the subject of a search under section 11 must permit, and assist if required, the person making the search to access and use the computer system to search any computer data available to or in the system.", "19"),
        (.en, "The police officer may, by written notice given to a person in control of the computer system, require the person to disclose sufficient traffic data about a specified communication to identify the service providers and the path through which the communication was transmitted.", "17"),
        // Belgian-style French: knowledge of having no authorisation; forgery by changing data's legal effect.
        (.fr, "Celui qui, sachant qu'il n'y est pas autorisé, accède à un système informatique ou s'y maintient, est puni d'un emprisonnement de trois mois à un an.", "2"),
        (.fr, "Celui qui commet un faux, en introduisant dans un système informatique, en modifiant ou en effaçant des données, et par là modifie la portée juridique de telles données, est puni d'un emprisonnement de six mois à cinq ans.", "7"),
        // A power granted as leave to apply to a judge for an order (Commonwealth acts; French procedure).
        (.en, "A police officer may apply to the Magistrate for an order compelling any person to submit specified computer data in that person's possession or control.", "18"),
        (.fr, "Le procureur de la République peut demander au juge des libertés et de la détention d'ordonner la conservation rapide des données informatiques stockées dans un système informatique.", "16"),
        // Obstructing or interrupting the lawful use of data hinders the system that serves it (denial of service).
        (.fr, "Commet un méfait quiconque volontairement, selon le cas, empêche, interrompt ou gêne l'emploi légitime des données informatiques.", "5"),
        (.en, "Every one commits mischief who wilfully obstructs, interrupts or interferes with the lawful use of computer data.", "5"),
        // A modal far before its measure in one long sentence, no other measure between (French procedure).
        (.fr, "L'officier de police judiciaire, intervenant sur réquisition du procureur de la République préalablement autorisé par ordonnance du juge, peut requérir des opérateurs de télécommunications, et notamment de ceux mentionnés à l'article 6 de la loi relative à la confiance dans l'économie numérique, de prendre, sans délai, toutes mesures propres à assurer la préservation, pour une durée ne pouvant excéder un an, du contenu des informations consultées par les personnes utilisatrices des services.", "16"),
        // A duty in the present indicative on request ("Sur demande de l'officier ..., les organismes ... mettent à
        // sa disposition les informations"): a production order.
        (.fr, "Sur demande de l'officier de police judiciaire, les organismes publics ou les personnes morales de droit privé mettent à sa disposition les informations utiles à la manifestation de la vérité contenues dans les systèmes informatiques qu'ils administrent.", "18"),
        // French imperative present: "Il est procédé à la saisie ...".
        (.fr, "Il est procédé à la saisie des données informatiques nécessaires à la manifestation de la vérité en plaçant sous main de justice soit le support physique de ces données, soit une copie réalisée en présence des personnes qui assistent à la perquisition.", "19"),
        // A power granted in the passive ("La saisie ... peut être effectuée par le procureur"), Belgian style.
        (.fr, "La saisie de données stockées dans un système informatique ou sur un support de stockage peut être effectuée par le procureur en copiant ces données sur des supports qui appartiennent à l'autorité.", "19"),
    ]

    @Test(arguments: cases.indices)
    func recognisesTheOffenceWhateverTheDrafting(_ index: Int) throws {
        let sample = Self.cases[index]
        let articles = try Self.articles(sample.text, sample.language)
        #expect(articles.contains(sample.article), "\(sample.language.rawValue): \(articles)")
    }
}

extension DraftingStyleTests {
    /// The pairs of one provision worded as `text`, unnumbered in any particular law.
    static func align(_ text: String, _ language: Language, heading: String? = nil) throws -> [ProvisionAlignment] {
        let provision = Provision(eId: "art_1", level: "article", num: "1", heading: heading, text: text, ancestors: [], host: nil)
        return try SharedData.mapper.get().align(provision, language: language)
    }

    /// What `explain` says of one provision worded as `text`: its role, concepts and each article's check.
    static func explanation(_ text: String, _ language: Language, heading: String? = nil) throws -> String {
        let provision = Provision(eId: "art_1", level: "article", num: "1", heading: heading, text: text, ancestors: [], host: nil)
        return try SharedData.mapper.get().explain(0, of: [provision], language: language)
    }

    /// The articles `text` implements (under `heading`, if any).
    static func articles(_ text: String, _ language: Language, heading: String? = nil) throws -> [String] {
        try align(text, language, heading: heading).map(\.article)
    }

    /// The alignment of a law of English sections (number, heading, text), read together as one document.
    static func alignLaw(
        _ sections: [(num: String, heading: String, text: String)], language: Language = .en
    ) throws -> DocumentAlignment {
        let provisions = sections.map { section in
            Provision(eId: "sec_\(section.num)", level: "section", num: section.num, heading: section.heading,
                      text: section.text, ancestors: [], host: nil)
        }
        return try SharedData.mapper.get().align(documentURI: "/akn/xx/act/2000/1", language: language, provisions: provisions)
    }

    @Test func frenchFrauduleusementIsWithoutRightNotADishonestPurpose() throws {
        let text = "Le fait d'accéder ou de se maintenir, frauduleusement, dans tout ou partie d'un système de traitement automatisé de données est puni de trois ans d'emprisonnement et de 100 000 euros d'amende."
        let access = try #require(try Self.align(text, .fr).first { $0.article == "2" })
        #expect(!access.qualifiers.contains("dishonest-intent"))
        #expect(access.elements.first { $0.id == "without-right" }?.status == .present)
    }

    @Test func aModalThatOpensAListOfPowersGrantsEachItem() throws {
        let text = """
            El Ministerio Público podrá:
            a)
            Ordenar a una persona física o moral la entrega de la información que se encuentre en un sistema de información;
            b)
            Ordenar a una persona física o moral preservar y mantener la integridad de los datos almacenados en un sistema de información por un período de hasta noventa días;
            c)
            Recolectar, con la asistencia de los proveedores de servicios, los datos relativos al tráfico en tiempo real;
            d)
            Interceptar, con la asistencia de los proveedores de servicios, el contenido de las comunicaciones en tiempo real.
            """
        let articles = Set(try Self.articles(text, .es))
        #expect(articles.isSuperset(of: ["16", "18", "20", "21"]), "\(articles.sorted())")
        // The same measures named together in one running sentence are a list, granted nowhere here.
        let scope = "Las disposiciones de este capítulo se aplican a la preservación de datos, la recolección de datos de tráfico en tiempo real y la interceptación de comunicaciones."
        #expect(try Self.articles(scope, .es).isEmpty)
    }

    @Test func aPreservationOrderWithoutTheCustodiansSecrecyIsPartial() throws {
        let order = "A Judge may, on application by a police officer, order any person in possession or control of specified computer data to preserve the data for a period not exceeding ninety days."
        let secret = order + " The order may include conditions prohibiting the disclosure of its existence."
        let withoutSecrecy = try #require(try Self.align(order, .en).first { $0.article == "16" })
        #expect(withoutSecrecy.coverage == .partial)
        #expect(withoutSecrecy.missing.contains("confidentiality"))
        let withSecrecy = try #require(try Self.align(secret, .en).first { $0.article == "16" })
        #expect(withSecrecy.coverage == .full, "missing \(withSecrecy.missing)")
    }

    @Test func aDutyToAssistInExecutingAWarrantIsTheSearchsAssistanceNotAnOffence() throws {
        let text = """
            (1) A person who has knowledge about the functioning of a computer system that is the subject of a search shall assist a police officer in the execution of a warrant issued under section 10.
            (2) The assistance may include accessing the computer system, copying computer data and rendering computer data inaccessible.
            (3) A person who fails without lawful excuse to assist a police officer under subsection (1) is guilty of an offence and is liable on summary conviction to a fine.
            """
        let articles = try Self.articles(text, .en)
        #expect(articles.contains("19"), "\(articles)")
        #expect(!articles.contains("2") && !articles.contains("4"), "\(articles)")
    }

    @Test func aDetrimentWithoutAnEconomicPurposeIsNoFraud() throws {
        let damage = "Se impondrá pena de prisión de uno a tres años al que sin autorización y en perjuicio de un tercero suprima, modifique o destruya los datos informáticos contenidos en un sistema informático."
        let articles = try Self.articles(damage, .es)
        #expect(articles.contains("4"))
        #expect(!articles.contains("8"), "\(articles)")
        let fraud = "Se impondrá prisión de tres a seis años a quien, para procurar un beneficio económico, en perjuicio de un tercero altere o suprima datos informáticos."
        #expect(try Self.articles(fraud, .es).contains("8"))
    }

    @Test func aConductIntroducedAsTheMeansOfAnotherIsNoOffenceOfItsOwn() throws {
        let hindering = "A person who intentionally and without authority hinders the functioning of a computer system by causing electromagnetic interference to it or by accessing it commits an offence and is liable to imprisonment for five years."
        let articles = try Self.articles(hindering, .en)
        #expect(articles.contains("5"))
        #expect(!articles.contains("2"), "\(articles)")
        // The means stated first, the conducts after it: each is an offence.
        let means = "El que mediante la utilización de cualquier medio telemático acceda a un sistema informático o modifique datos informáticos sin autorización será castigado con prisión."
        #expect(Set(try Self.articles(means, .es)).isSuperset(of: ["2", "4"]))
        // A means marker that leads into a list introduces every item of it, however long.
        let listed = """
            A person who, without lawful authority, intentionally hinders or interrupts the functioning of a computer system by—
            (a) inputting data on the system,
            (b) transmitting, damaging, deleting, altering or suppressing, or causing the deterioration of, data on the system, or
            (c) rendering data on the system inaccessible,
            shall be guilty of an offence.
            """
        let listedArticles = try Self.articles(listed, .en)
        #expect(listedArticles.contains("5"))
        #expect(!listedArticles.contains("4"), "\(listedArticles)")
    }

    @Test func aPurposeOfGainNarrowsDataInterference() throws {
        let forGain = "Se impondrá pena de prisión de tres a seis años al que, en provecho propio o de un tercero, destruya, altere o suprima datos informáticos contenidos en un sistema informático."
        let interference = try #require(try Self.align(forGain, .es).first { $0.article == "4" })
        #expect(interference.coverage == .partial)
        let plain = "Se impondrá pena de prisión de tres a seis años al que destruya, altere o suprima datos informáticos contenidos en un sistema informático."
        #expect(try Self.align(plain, .es).first { $0.article == "4" }?.coverage == .full)
    }

    @Test func dataProtectedAgainstAccessIsAQualifierOfTheObjectNotAnEntry() throws {
        let obtaining = "Celui qui, dans le dessein de se procurer un enrichissement illégitime, aura soustrait des données enregistrées électroniquement, qui ne lui étaient pas destinées et qui étaient spécialement protégées contre tout accès indu de sa part, sera puni d'une peine privative de liberté de cinq ans au plus."
        let articles = try Self.articles(obtaining, .fr)
        #expect(!articles.contains("2"), "\(articles)")
        // Entering a system so protected is access.
        let entering = "Quiconque s'introduit sans droit, au moyen d'un dispositif de transmission de données, dans un système informatique appartenant à autrui et spécialement protégé contre tout accès de sa part est puni d'une peine privative de liberté de trois ans au plus."
        #expect(try Self.articles(entering, .fr).contains("2"))
    }

    @Test func theTasksOfThePointOfContactAreNotTheMeasuresTheyName() throws {
        let contact = "For the purposes of international co-operation, the Authority shall designate and maintain a 24/7 contact point. The 24/7 contact point shall provide assistance in respect of technical advice to other contact points; the expeditious preservation of data and evidence; information on the detection of suspects; and the immediate transmission of legal requests."
        let articles = try Self.align(contact, .en, heading: "International co-operation").map(\.article)
        #expect(articles.contains("35"))
        #expect(!articles.contains("29"), "\(articles)")
    }

    @Test func theLastDefinitionEndsWhereTheSectionGoesOnToOtherRules() throws {
        // A section flattened to one paragraph: the last definition, then subsection (2) on what access means.
        let text = "\"scam offence\" means any offence specified in the Second Schedule; [Act 21 of 2025] (2) For the purposes of this Act, a person secures access to a computer if the person alters or erases data held in it."
        let analyzed = Analyzer(language: .en).analyze(text)
        let follower = try #require(analyzed.tokens.firstIndex { $0.folded == "means" })
        let end = Glossary.lastBodyEnd(from: follower + 1, in: analyzed)
        #expect(analyzed.tokens[end].folded == "2")
        // A definition that is a sentence of its own ends with it.
        let sentence = Analyzer(language: .en).analyze("\"computer\" means an electronic device. Nothing in this section applies to a service provider.")
        let means = try #require(sentence.tokens.firstIndex { $0.folded == "means" })
        #expect(sentence.tokens[Glossary.lastBodyEnd(from: means + 1, in: sentence)].folded == "nothing")
    }

    @Test func spanishDraftingNamesTheOffenceAndTheParticipants() throws {
        // "Cometen estafa los que ...": an offence named by its subject, its penalty in the next article.
        let fraud = "Cometen estafa los que, con ánimo de lucro y valiéndose de alguna manipulación informática o artificio semejante, consigan una transferencia no consentida de cualquier activo patrimonial en perjuicio de otro."
        #expect(try Self.articles(fraud, .es).contains("8"))
        // The general part's accomplices co-operate in the execution of any act.
        let accomplices = "Son cómplices los que, no hallándose comprendidos en el artículo anterior, cooperan a la ejecución del hecho con actos anteriores o simultáneos."
        #expect(try Self.articles(accomplices, .es).contains("11"))
        // A penalty raised for harm to an undertaking makes no corporate liability.
        let harm = "Si los hechos hubieran perjudicado de forma relevante la actividad normal de una empresa, se impondrá la pena en su mitad superior. Será castigado con la pena de prisión de seis meses a tres años el que, sin estar autorizado y de manera grave, obstaculizara o interrumpiera el funcionamiento de un sistema informático ajeno introduciendo o transmitiendo datos."
        #expect(!(try Self.articles(harm, .es)).contains("12"))
    }

    @Test func protectedServicesAndWorksAreAnotherMatterThanSystemsAndData() throws {
        // Access to a conditional-access service (pay television) and the devices for it.
        let service = "Será castigado con la pena de prisión de seis meses a dos años el que, sin consentimiento del prestador de servicios y con fines comerciales, facilite el acceso inteligible a un servicio de radiodifusión sonora o televisiva, o suministre el acceso condicional a los mismos, mediante la fabricación, importación, distribución o posesión de cualquier equipo o programa informático diseñado o adaptado para hacer posible dicho acceso."
        let serviceArticles = try Self.articles(service, .es)
        #expect(!serviceArticles.contains("2") && !serviceArticles.contains("6"), "\(serviceArticles)")
        // Removing the technological measures that protect works is copyright's matter.
        let measures = "Será castigado con la pena de prisión de seis meses a cuatro años quien, con ánimo de obtener un beneficio económico, elimine o modifique, sin autorización de los titulares de los derechos de propiedad intelectual, las medidas tecnológicas eficaces incorporadas para proteger programas de ordenador."
        #expect(!(try Self.articles(measures, .es)).contains("4"))
    }

    @Test func toolsForCounterfeitingPaymentCardsAreNoMisuseOfDevices() throws {
        // Instruments for payment fraud (Directive 2019/713) are not tools for the Arts. 2-5 offences.
        let cards = "Quem produzir, adquirir, importar, distribuir, vender ou detiver qualquer cartão de pagamento, dispositivo, programa ou outros dados informáticos destinados à contrafação de instrumentos de pagamento, é punido com pena de prisão de 1 a 5 anos."
        #expect(!(try Self.articles(cards, .pt)).contains("6"))
        // Access tools stay Art. 6 where a paragraph aggravates their use to obtain payment-card data.
        let access = "1 – Na mesma pena incorre quem ilegitimamente produzir, vender, distribuir ou por qualquer outra forma disseminar ou introduzir num ou mais sistemas informáticos dispositivos, programas ou outros dados informáticos destinados a produzir o acesso não autorizado a um sistema informático. 2 – A pena é de prisão até 2 anos se as ações descritas no número anterior se destinarem à obtenção de dados respeitantes a cartão de pagamento."
        #expect(try Self.articles(access, .pt).contains("6"))
    }

    @Test func frenchDerivedOffencesAndTheirResultsCreateNoOtherConduct() throws {
        // The acts of the preceding article against State systems, and the results that aggravate them.
        let aggravated = "Est puni de six mois à deux ans d'emprisonnement quiconque commet les actes prévus à l'article précédent contre tout ou partie d'un système de traitement automatisé de données supposé contenir des informations relatives à la sûreté de l'Etat. La peine est portée à cinq ans d'emprisonnement lorsqu'il résulte des actes réprimés au premier alinéa du présent article soit la modification ou la suppression de données contenues dans le système de traitement automatisé des données, soit une altération du fonctionnement de ce système."
        let articles = try Self.articles(aggravated, .fr)
        #expect(!articles.contains("4") && !articles.contains("5"), "\(articles)")
    }

    @Test func aGeneralSearchOfPlacesAndThingsIsArticle19InANarrowerForm() throws {
        let search = "Cuando fuere necesario inspeccionar lugares, cosas o personas, porque existen motivos suficientes para sospechar que se encontrarán vestigios del delito, se procederá a su registro, con autorización judicial."
        let pair = try #require(try Self.align(search, .es).first { $0.article == "19" })
        #expect(pair.coverage == .partial)
    }

    @Test func aCriminalCodesGeneralPartStatesComplicityAndCorporateLiabilityForEveryOffence() throws {
        // A heading that ends on "purpose" is no formal clause ("Complicity and common purpose").
        let complicity = "(1) A person who aids, abets, counsels or procures the commission of an offence by another person is taken to have committed that offence and is punishable accordingly."
        #expect(try Self.align(complicity, .en, heading: "Complicity and common purpose").map(\.article).contains("11"))
        let corporate = "(1) This Code applies to bodies corporate in the same way as it applies to individuals. (2) A body corporate may be found guilty of any offence, including one punishable by imprisonment."
        #expect(try Self.articles(corporate, .en).contains("12"))
    }

    @Test func anAttemptDeclaredNoOffenceIsNoAttemptRule() throws {
        let possession = "(1) A person is guilty of an offence if the person has possession or control of data with the intention that the data be used in committing an offence against this Division. Penalty: 3 years imprisonment. (3) It is not an offence to attempt to commit an offence against this section."
        #expect(!(try Self.articles(possession, .en)).contains("11"))
    }

    @Test func groomingAndAidingItAreBeyondTheConvention() throws {
        let grooming = "(1) An operator of an internet service shall not aid and abet another person for the purpose of facilitating the on-line solicitation of a child. (2) A person who contravenes subsection (1) commits an offence and is liable on summary conviction to a fine."
        let heading = "Aiding and abetting of child dealing for purposes of sexual abuse"
        #expect(!(try Self.align(grooming, .en, heading: heading)).map(\.article).contains("11"))
    }

    @Test func dataHeldOrSuppliedToCommitAComputerOffenceIsTheToolOfArticle6() throws {
        let possession = "(1) A person is guilty of an offence if: (a) the person has possession or control of data; and (b) the person has that possession or control with the intention that the data be used, by the person or another person, in committing an offence against Division 477. Penalty: 3 years imprisonment."
        #expect(try Self.articles(possession, .en).contains("6"))
    }

    @Test func impairingTheCommunicationsOfAComputerHindersItsFunctioning() throws {
        let impairment = "(1) A person is guilty of an offence if: (a) the person causes any unauthorised impairment of electronic communication to or from a computer; and (b) the person knows that the impairment is unauthorised. Penalty: 10 years imprisonment."
        #expect(try Self.articles(impairment, .en).contains("5"))
    }

    @Test func aCodeThatAppliesToWhoeverOffendsInTheTerritoryIsAJurisdictionRule() throws {
        let territory = "Salvo lo establecido en tratados internacionales, este Código se aplicará a toda persona que cometa delito o falta en el territorio de la República o en lugares o vehículos sometidos a su jurisdicción."
        #expect(try Self.articles(territory, .es).contains("22"))
    }

    @Test func aMediumThatStoresDataIsNoOrderToPreserveIt() throws {
        let search = "Lorsque des données stockées dans un système informatique ou dans un support permettant de conserver des données informatisées sur le territoire national sont utiles à la manifestation de la vérité, le juge d'instruction peut opérer une perquisition ou accéder à un système informatique ou à une partie de celui-ci et aux données qui y sont stockées."
        let articles = try Self.articles(search, .fr)
        #expect(articles.contains("19"))
        #expect(!articles.contains("16") && !articles.contains("17"), "\(articles)")
    }

    @Test func accomplicesNamedBesideAnotherRuleAreNoAidingRule() throws {
        // The natural persons who remain liable beside a legal person (Art. 12(4)).
        let corporate = "Les personnes morales sont responsables pénalement des infractions commises, pour leur compte, par leurs organes ou représentants. La responsabilité pénale des personnes morales n'exclut pas celle des personnes physiques auteurs ou complices des mêmes faits."
        let corporateArticles = try Self.articles(corporate, .fr)
        #expect(corporateArticles.contains("12") && !corporateArticles.contains("11"), "\(corporateArticles)")
        // Jurisdiction over an accomplice of an offence committed abroad.
        let jurisdiction = "Les juridictions nationales sont compétentes lorsque la personne s'est rendue coupable sur le territoire de la République, comme complice, d'un crime ou d'un délit commis à l'étranger si le crime ou le délit est puni à la fois par la loi nationale et par la loi étrangère."
        #expect(!(try Self.articles(jurisdiction, .fr)).contains("11"))
    }

    @Test func destroyingDataToObstructAnInvestigationIsAnOffenceAgainstJustice() throws {
        let obstruction = "(1) A person who intentionally and unlawfully destroys, deletes, alters or conceals computer data with intent to obstruct or delay an investigation commits an offence and is liable on conviction to imprisonment for a term not less than one year."
        #expect(!(try Self.align(obstruction, .en, heading: "Obstruction of investigation")).map(\.article).contains("4"))
    }

    @Test func renderingASystemIncapableOfItsServicesHindersIt() throws {
        let disabling = "Any person who wilfully or maliciously renders a computer system incapable of providing normal services to its legitimate users, commits an offence and shall, upon conviction, be liable to a fine and to imprisonment for seven years."
        #expect(try Self.articles(disabling, .en).contains("5"))
    }

    @Test func spanishNamesChildrenAsNiñasNiñosYAdolescentesAndMutualAssistanceAsReciprocal() throws {
        let material = "La persona que publicite, compre, posea, transmita, descargue, almacene, importe, exporte o venda, por cualquier medio, para uso personal o para intercambio pornografía de niños, niñas y adolescentes, será sancionada con pena privativa de libertad de diez a trece años."
        #expect(try Self.articles(material, .es).contains("9"))
        let assistance = "Las o los fiscales podrán solicitar asistencia directa a sus similares u órganos policiales extranjeros para la práctica de diligencias procesales, pericias e investigación de los delitos previstos en este Código."
        #expect(try Self.align(assistance, .es, heading: "Asistencia judicial recíproca").map(\.article).contains("25"))
    }

    @Test func theInterpretationSectionServesTheLawsOwnOffenceOfAnArticle() throws {
        let interpretation = Provision(
            eId: "sec_2", level: "section", num: "2", heading: "Interpretation",
            text: """
                In this Act, unless the context otherwise requires—
                "computer system" means a device or a group of interconnected devices which performs automatic processing of data;
                "computer data" means any representation of facts, information or concepts in a form suitable for processing in a computer system;
                "child pornography" means any material that visually depicts a child engaged in sexually explicit conduct, a person appearing to be a child engaged in sexually explicit conduct, or realistic images representing a child engaged in sexually explicit conduct;
                "child" means a person under the age of eighteen years.
                """,
            ancestors: [], host: nil)
        let offence = Provision(
            eId: "sec_57", level: "section", num: "57", heading: "Child pornography",
            text: "A person who, intentionally and without lawful excuse, produces, offers, distributes, transmits, procures or possesses child pornography through a computer system commits an offence and is liable on conviction to imprisonment for a term not exceeding ten years.",
            ancestors: [], host: nil)
        let mapper = try SharedData.mapper.get()
        let alone = mapper.align(documentURI: "/akn/xx/act/2021/2", language: .en, provisions: [interpretation]).alignments
        #expect(alone.contains { $0.provision.eId == "sec_2" && $0.article == "1" })
        #expect(alone.contains { $0.provision.eId == "sec_2" && $0.article == "9" })
        let act = mapper.align(documentURI: "/akn/xx/act/2021/2", language: .en, provisions: [interpretation, offence]).alignments
        #expect(act.contains { $0.provision.eId == "sec_57" && $0.article == "9" })
        #expect(act.contains { $0.provision.eId == "sec_2" && $0.article == "1" })
        #expect(!act.contains { $0.provision.eId == "sec_2" && $0.article == "9" })
    }

    @Test func aProvisionThatTakesItsRuleFromACitedArticleTakesItsGapsToo() throws {
        let general = Provision(
            eId: "art_102", level: "article", num: "102", heading: "Personas jurídicas penalmente responsables",
            text: "En los supuestos previstos en el presente Código, las personas jurídicas son penalmente responsables de los delitos dolosos cometidos en nombre o por cuenta de las mismas y en su beneficio, por sus representantes legales o administradores de hecho o de derecho.",
            ancestors: [], host: nil)
        let special = Provision(
            eId: "art_403", level: "article", num: "403", heading: "Responsabilidad de las personas jurídicas",
            text: "Cuando de acuerdo con lo establecido en el Artículo 102 del presente Código, una persona jurídica sea responsable de los delitos comprendidos en este título, se le debe imponer la pena de suspensión de sus actividades de tres a cinco años y multa.",
            ancestors: [], host: nil)
        let mapper = try SharedData.mapper.get()
        let alone = mapper.align(documentURI: "/akn/xx/act/2019/1", language: .es, provisions: [special]).alignments
        let excused = try #require(alone.first { $0.provision.eId == "art_403" && $0.article == "12" })
        #expect(!excused.missing.contains("lack-of-supervision"))
        let code = mapper.align(documentURI: "/akn/xx/act/2019/1", language: .es, provisions: [general, special]).alignments
        let cited = try #require(code.first { $0.provision.eId == "art_102" && $0.article == "12" })
        #expect(cited.missing.contains("lack-of-supervision"))
        let citing = try #require(code.first { $0.provision.eId == "art_403" && $0.article == "12" })
        #expect(citing.coverage == .partial)
        #expect(citing.missing.contains("lack-of-supervision"))
    }

    @Test func aGeneralRuleOnLegalPersonsAccompaniesTheOffencesOfItsCode() throws {
        let concurrence = Provision(
            eId: "art_50", level: "article", num: "50", heading: "Concurrencia de la responsabilidad penal",
            text: "La responsabilidad penal de las personas jurídicas no se extingue ni modifica si hay concurrencia de responsabilidades con personas naturales en la realización de los hechos.",
            ancestors: [], host: nil)
        let access = Provision(
            eId: "art_234", level: "article", num: "234", heading: "Acceso no consentido a un sistema informático",
            text: "La persona que sin autorización acceda en todo o en parte a un sistema informático será sancionada con pena privativa de libertad de tres a cinco años.",
            ancestors: [], host: nil)
        let mapper = try SharedData.mapper.get()
        let alone = mapper.align(documentURI: "/akn/xx/act/2014/1", language: .es, provisions: [concurrence])
        #expect(!alone.alignments.contains { $0.article == "12" })
        let code = mapper.align(documentURI: "/akn/xx/act/2014/1", language: .es, provisions: [concurrence, access])
        #expect(code.alignments.contains { $0.provision.eId == "art_50" && $0.article == "12" })
    }

    @Test func aColonAfterTheHinderingLeadsIntoItsMeans() throws {
        let hindering = """
            Será castigado con la pena de prisión de seis meses a tres años el que, sin estar autorizado y de manera grave, obstaculizara o interrumpiera el funcionamiento de un sistema informático ajeno:
            a) introduciendo o transmitiendo datos; o
            b) destruyendo, dañando, inutilizando, eliminando o sustituyendo un sistema informático o datos informáticos.
            """
        let articles = try Self.articles(hindering, .es)
        #expect(articles.contains("5"))
        #expect(!articles.contains("4"), "\(articles)")
    }

    @Test func hinderingByDataDamageAloneIsNarrowerThanHinderingByAnyMeans() throws {
        // Means named, without inputting or transmitting data (no denial of service): narrower.
        let damageOnly = "El que obstaculizara el funcionamiento de un sistema informático mediante la alteración o destrucción de datos informáticos, será castigado con pena privativa de libertad de hasta cinco años."
        let narrow = try #require(try Self.align(damageOnly, .es).first { $0.article == "5" })
        #expect(narrow.coverage == .partial && narrow.narrower.contains("data-means"), "\(narrow.narrower)")
        // Every means named: full.
        let everyMeans = "El que obstaculizara el funcionamiento de un sistema informático mediante la introducción, transmisión, alteración o destrucción de datos informáticos, será castigado con pena privativa de libertad de hasta cinco años."
        #expect(try #require(try Self.align(everyMeans, .es).first { $0.article == "5" }).coverage == .full)
        // Any act, with data modification named only in a rule of interpretation: the means are open.
        let anyAct = "(1) A person who intentionally and without authorisation does any act which hinders the functioning of a computer system commits an offence and is liable on conviction to imprisonment for a term not exceeding five years. (2) For the purposes of this section, it is immaterial whether an unauthorised modification of data, or any intended effect of it, is permanent or temporary."
        let open = try #require(try Self.align(anyAct, .en).first { $0.article == "5" })
        #expect(!open.narrower.contains("data-means"), "\(open.narrower)")
    }

    @Test func interceptingDataIsAnInterceptionOfDataInTransmission() throws {
        let text = "A person who intentionally intercepts any program or data without authority or permission to do so commits an offence and is liable on conviction to imprisonment not exceeding ten years."
        let interception = try #require(try Self.align(text, .en).first { $0.article == "3" })
        #expect(interception.elements.first { $0.id == "non-public-transmission" }?.status == .present)
    }

    @Test func anOffenceStatedFirstAndPunishedAsAContraventionIsTheOffence() throws {
        let text = """
            (1) A person commits an offence, if that person—
            (a) intercepts, or procures another person to intercept, any communication; or
            (b) uses any electronic, mechanical or other device to intercept any communication.
            (2) A person who contravenes subsection (1) commits an offence and is liable, on conviction, to imprisonment for a term not exceeding ten years.
            """
        #expect(try Self.articles(text, .en).contains("3"))
        // The breach of an order, in the offence's own sentence, stays a breach of duty.
        let breach = "A person commits an offence if that person fails to comply with an order made under section 12 to intercept any communication, and is liable on conviction to a fine."
        #expect(try !Self.articles(breach, .en).contains("3"))
    }

    @Test func theOffencesADeviceIsMeantToCommitAreIntendedNotCommitted() throws {
        let text = "La fabricación, importación, venta o la obtención para su utilización de dispositivos, programas informáticos, contraseñas o códigos de acceso, destinados o adaptados para la comisión de los delitos de daños informáticos, debe ser castigada con la pena de prisión de seis meses a un año."
        let articles = try Self.articles(text, .es)
        #expect(articles.contains("6"))
        #expect(!articles.contains("4"), "\(articles)")
        let english = "A person who makes, sells or procures for use any computer program or password, designed for the commission of the offence of damaging computer data, commits an offence."
        #expect(try !Self.articles(english, .en).contains("4"))
    }

    @Test func anArticleMadeOrSuppliedToCommitTheOffencesIsADevice() throws {
        let text = "A person is guilty of an offence if he makes, adapts, supplies or offers to supply any article intending it to be used to commit, or to assist in the commission of, an offence under section 1 or 3."
        let device = try #require(try Self.align(text, .en).first { $0.article == "6" })
        #expect(device.elements.first { $0.id == "device-program" }?.status == .present)
    }

    @Test func aRuleOnWhereTheLawAppliesThatListsCrimesCreatesNone() throws {
        // Código Penal de Honduras (Decreto 130-2017), art. 9, as published in La Gaceta.
        let text = """
            La Ley penal es aplicable, aún cuando la conducta haya sido realizada fuera del territorio nacional, en los casos siguientes:
            1) Principio personal. Cuando la conducta es punible tanto en el lugar donde se cometió el delito como en el territorio nacional, independientemente de que reciba una denominación diferente, salvo que conforme a los Tratados y Convenios Internacionales suscritos y/o ratificados por el Estado de Honduras, este requisito no sea exigible y siempre que el hecho punible reúna alguna de las condiciones siguientes:
            a) Haya sido cometido por personas al servicio del Estado de Honduras y no hayan sido juzgadas en el lugar de comisión de la conducta, en virtud de inmunidad diplomática o funcional;
            b) Se cometa contra alguna persona natural o jurídica hondureña o contra sus derechos;
            c) Sea cometido por hondureños o extranjeros nacionalizados hondureños, con posterioridad a la comisión del hecho y no se hubieren juzgado en el lugar de comisión de la conducta o no se haya cumplido la pena impuesta;
            d) Sea cometido por una persona apátrida con residencia habitual en el territorio nacional; y,
            e) Sea cometido por persona juzgada en Honduras que se haya evadido y no haya cumplido total o parcialmente la condena.
            2) Principio real o de protección. También es competente la jurisdicción hondureña para perseguir los hechos cometidos en el extranjero que conforme a la legislación hondureña, son susceptibles de calificarse como alguno de los delitos siguientes:
            a) Falsificación de monedas y otros valores;
            b) Falsificación de sellos, signos y marcas;
            c) Delitos contra la seguridad y existencia del Estado;
            d) Delito contra los poderes públicos y el orden constitucional; y,
            e) Delitos contra la Administración Pública hondureña.
            3) Principio de Justicia Universal. Independientemente de las disposiciones vigentes en el lugar de la comisión de la conducta punible y de la nacionalidad del autor, se puede juzgar y sancionar conforme con la Ley penal hondureña los delitos cometidos en el extranjero cuando se cumplen las condiciones establecidas en los Tratados y Convenios Internacionales suscritos y/o ratificados por el Estado de Honduras, así como cuando los autores o los instrumentos del delito se encuentran dentro del territorio nacional o en un lugar donde el Estado de Honduras ejerce jurisdicción, en los delitos siguientes:
            a) Genocidio, de lesa humanidad y crímenes de guerra;
            b) Lavado de activos y testaferrato;
            c) Tráfico de vehículos automotores que provengan de actividades ilícitas;
            d) Tráfico ilícito de personas, órganos, materiales anatómicos u óvulos fecundados;
            e) Trata de personas;
            f) Terrorismo;
            g) Tráfico ilícito de armas;
            h) Tráfico ilícito de drogas, estupefacientes o sustancias psicotrópicas;
            i) Explotación sexual de menores de dieciocho (18) años;
            j) Desaparición forzada de personas; y,
            k) Corrupción de funcionarios o empleados públicos.
            """
        let articles = try Self.articles(text, .es)
        #expect(articles.contains("22"))
        #expect(!articles.contains("9"), "\(articles)")
    }

    @Test func anActThatAppliesWhereTheOffenderOrTheSystemIsWithinOrOutsideTheStateIsARuleOnJurisdiction() throws {
        let text = """
            (1) The provisions of this Act shall apply where—
            (a) a person commits an offence under this Act while being present within or outside the State;
            (b) the computer or computer system affected by the act which constitutes an offence under this Act was at the material time within the State.
            """
        #expect(try Self.articles(text, .en).contains("22"))
    }

    @Test func aCompetentAuthorityIsNoRuleOnJurisdiction() throws {
        let text = "Quem, sem autorização da autoridade competente, modificar ou alterar dados informáticos ou programa de informática: Pena – detenção, de seis meses a dois anos, e multa."
        let articles = try Self.articles(text, .pt)
        #expect(articles.contains("4"), "\(articles)")
        #expect(!articles.contains("22"), "\(articles)")
    }

    @Test func aThreatToDamageASystemIsNoDamage() throws {
        let text = "A person commits an offence if that person, through a computer system and with intent to extort any money or other thing of value from any person, knowingly transmits any communication containing any threat to cause damage to a computer system."
        #expect(try !Self.articles(text, .en).contains("5"))
        let spanish = "El que, con ánimo de lucro, exija dinero a otro bajo amenaza de destruir o dañar su sistema informático, será sancionado con prisión de uno a cuatro años."
        #expect(try !Self.articles(spanish, .es).contains("5"))
    }

    @Test func theInformationAPersonWithKnowledgeProvidesForASearchIsNoProductionOrder() throws {
        let text = """
            (1) A person who has knowledge about the functioning of the computer system or measures applied to protect the computer data therein that is the subject of a search under this Act shall permit, and assist if reasonably required and requested by the person authorised to make the search, by—
            (a) providing information that enables the undertaking of necessary measures in the circumstances;
            (b) accessing and using a computer system or computer data storage medium to search any computer data available to or in the system.
            """
        let articles = try Self.articles(text, .en)
        #expect(articles.contains("19"))
        #expect(!articles.contains("18"), "\(articles)")
    }

    @Test func viewingOrObtainingAccessToChildPornographyIsNoAccessToASystem() throws {
        let text = """
            (1) A person commits an offence if that person knowingly—
            (a) compels, invites or allows a child to view pornography through a computer system;
            (b) possesses child pornography in a computer system; or
            (c) obtains access, through information and communication technologies, to child pornography.
            """
        let articles = try Self.articles(text, .en)
        #expect(articles.contains("9"))
        #expect(!articles.contains("2"), "\(articles)")
    }

    @Test func disclosingWhatWasInterceptedIsNoInterception() throws {
        let text = "A person who, without authorisation, discloses or uses the contents of any intercepted communication commits an offence and is liable on conviction to imprisonment for a term not exceeding ten years."
        #expect(try !Self.articles(text, .en).contains("3"))
        let spanish = "El que, sin autorización, difunda o utilice comunicaciones interceptadas será sancionado con pena de prisión de uno a tres años."
        #expect(try !Self.articles(spanish, .es).contains("3"))
    }

    @Test func aDenialOfServiceIsASeriousHinderingOfTheSystem() throws {
        let text = "A person who accesses any information system so as to constitute a denial, including a partial denial, of service to legitimate users commits an offence and is liable on conviction to imprisonment not exceeding ten years."
        #expect(try Self.articles(text, .en).contains("5"))
        let french = "Le fait de provoquer un déni de service d'un système informatique est puni de cinq ans d'emprisonnement."
        #expect(try Self.articles(french, .fr).contains("5"))
    }

    @Test func whatAGrantedInterceptionMayReachIsGrantedWithIt() throws {
        let interception = """
            1. A interceção e o registo de transmissões de dados informáticos podem ser autorizados pelo juiz, mediante requerimento do Ministério Público, se a diligência for indispensável para a descoberta da verdade.
            2. A interceção pode destinar-se ao registo de dados relativos ao conteúdo das comunicações ou visar apenas a recolha e registo de dados de tráfego.
            """
        let articles = try Self.align(interception, .pt, heading: "Interceção de comunicações").map(\.article)
        #expect(articles.contains("21") && articles.contains("20"), "\(articles)")
        #expect(!articles.contains("18"), "\(articles)")
    }

    @Test func nationalAuthoritiesAreNoNationals() throws {
        let cooperation = "As autoridades nacionais competentes cooperam com as autoridades estrangeiras competentes para efeitos de investigações ou procedimentos respeitantes a crimes relacionados com sistemas ou dados informáticos."
        let articles = try Self.align(cooperation, .pt, heading: "Âmbito da cooperação internacional").map(\.article)
        #expect(!articles.contains("22"), "\(articles)")
        let jurisdiction = "A lei penal é aplicável aos factos praticados fora do território nacional por um nacional, quando forem puníveis pela legislação do lugar em que tiverem sido praticados."
        #expect(try Self.articles(jurisdiction, .pt).contains("22"))
    }

    @Test func dataPubliclyAvailableInThePluralIsOpenSource() throws {
        let access = "As autoridades estrangeiras competentes, sem necessidade de pedido prévio, podem: a) Aceder a dados informáticos armazenados em sistema informático localizado no território nacional, quando publicamente disponíveis; b) Receber ou aceder a dados informáticos armazenados no território nacional, mediante consentimento legal e voluntário de pessoa legalmente autorizada a divulgá-los."
        let transborder = try #require(try Self.align(access, .pt).first { $0.article == "32" })
        #expect(transborder.coverage == .full, "\(transborder.missing)")
    }

    @Test func aProvisionThatOpensOnMeasuresMadeElsewhereRegulatesThem() throws {
        let extended = "(1) A production order or an interception warrant issued under section 70, 72 or 74 is valid for the period specified in the production order or interception warrant and may be extended. (2) Where an extension is necessary, an investigative officer may apply to the High Court to obtain an extension of that production order or interception warrant. (3) An application for an extension of a production order or an interception warrant to collect or record subscriber information, traffic data, or content data is subject to the same conditions for the issue of the production order or interception warrant."
        let articles = try Self.articles(extended, .en)
        #expect(articles.isEmpty, "\(articles)")
        // An application made ex parte is a grant.
        let production = "An investigative officer may apply ex-parte to the High Court, for a production order to collect subscriber information."
        #expect(try Self.articles(production, .en).contains("18"))
    }

    @Test func interceptingTrafficOrContentDataInterceptsATransmission() throws {
        let offence = "A person who, without lawful authority retrieves subscriber information or intercepts traffic data or content data, commits an offence and is liable on summary conviction to a term of imprisonment of not more than five years."
        #expect(try Self.articles(offence, .en).contains("3"))
    }

    @Test func aCodeOfCrimesStatesItsOffencesAndGeneralRulesInItsOwnWays() throws {
        // An aggravation that refers to the section's own first subsection is no breach of another duty.
        let interference = "(1) Any person who unlawfully and intentionally interferes with computer data by— (a) deleting computer data; or (b) altering computer data; shall be guilty of an offence and liable to imprisonment for a period not exceeding five years. (2) Any person who contravenes subsection (1) in any of the aggravating circumstances described in section 13 is liable to imprisonment for a period not exceeding ten years."
        #expect(try Self.articles(interference, .en).contains("4"))
        // The general part speaks of any crime.
        let attempt = "(1) Any person who, intending to commit a crime, whether in terms of this Code or any other enactment, does anything in furtherance of the commission of the crime, shall be guilty of attempting to commit the crime concerned."
        #expect(try Self.articles(attempt, .en).contains("11"))
        let incitement = "(1) Any person who, in any manner, communicates with another person intending by the communication to persuade or induce the other person to commit a crime, whether in terms of this Code or any other enactment, shall be guilty of incitement to commit the crime concerned."
        #expect(try Self.articles(incitement, .en).contains("11"))
        // Definitions "in this section" open the rule that uses them; the heading names the liability.
        let corporations = "(1) In this section— \"director\", in relation to a corporate body, means a person who controls or governs that corporate body. (2) For the purposes of imposing criminal liability upon a corporate body, any conduct on the part of a director in the exercise of his or her powers as such a director shall be deemed to have been the conduct of the corporate body."
        let liability = try Self.align(corporations, .en, heading: "Criminal liability of corporations and associations").map(\.article)
        #expect(liability.contains("12"), "\(liability)")
        // A purpose that names "the commission or attempted commission" of offences is no rule on attempt.
        let devices = "Any person who unlawfully and intentionally acquires, possesses, produces, sells, imports, distributes or makes available an access code, password or similar data by which the whole or any part of a computer or information system is capable of being accessed, for purposes of the commission or attempted commission of an offence in terms of this Act, shall be guilty of an offence."
        let deviceArticles = try Self.articles(devices, .en)
        #expect(deviceArticles.contains("6") && !deviceArticles.contains("11"), "\(deviceArticles)")
        // Showing pornography to children is another offence than Art. 9's material.
        let exposing = "Any person who unlawfully and intentionally through a computer or information system makes pornographic material available to any child or displays pornographic material to any child shall be guilty of an offence."
        let exposingArticles = try Self.align(exposing, .en, heading: "Exposing children to pornography").map(\.article)
        #expect(!exposingArticles.contains("9"), "\(exposingArticles)")
        // A message threatening damage to property damages nothing.
        let threat = "Any person who unlawfully and intentionally by means of a computer or information system sends any data message to another person threatening harm to the person or damage to the property of such persons shall be guilty of an offence."
        #expect(!(try Self.articles(threat, .en)).contains("4"))
    }

    @Test func aJurisdictionRuleThatSpeaksOfExtraditionIsNoArticle24() throws {
        // Jurisdiction over offences abroad where the offender is not extradited (aut dedere aut judicare) is Art.
        // 22(3)'s matter.
        let abroad = "Le présent code est applicable à quiconque commet à l'étranger un crime ou un délit, si l'acte est aussi réprimé dans l'État où il a été commis, si l'auteur se trouve en Suisse et si, d'après le droit suisse, l'acte peut donner lieu à l'extradition, mais que l'auteur n'est pas extradé."
        let articles = try Self.articles(abroad, .fr)
        #expect(!articles.contains("24"), "\(articles)")
    }

    @Test func extraditionsProcedureIsNeitherArticle24NorMutualAssistance() throws {
        let hearing = "El tribunal convocará a audiencia dentro de las veinticuatro horas y pondrá a disposición del defensor la documentación que hubiere acompañado la solicitud formal de extradición del Estado requirente, debiendo indicar el contenido de la solicitud."
        let procedure = try Self.articles(hearing, .es)
        #expect(procedure.isEmpty, "\(procedure)")
        let extraditable = "Los delitos previstos en esta ley se considerarán incluidos entre los delitos que dan lugar a extradición en todo tratado de extradición celebrado con otros Estados."
        #expect(try Self.articles(extraditable, .es).contains("24"))
    }

    @Test func aHeadingAboveThatNamesSearchSeizureAndInterceptionKeepsTheSeizureBelowIt() throws {
        let text = "Il est procédé à la saisie des données informatiques nécessaires à la manifestation de la vérité en plaçant sous main de justice soit le support physique de ces données, soit une copie réalisée en présence des personnes qui assistent à la perquisition."
        let section = Provision.Ancestor(
            level: "section", eId: "sec_3", num: "Section 3",
            heading: "Des transports, des perquisitions, des saisies et des interceptions de correspondances émises par la voie des télécommunications")
        let provision = Provision(eId: "art_97", level: "article", num: "97", heading: nil, text: text, ancestors: [section], host: nil)
        let articles = try SharedData.mapper.get().align(provision, language: .fr).map(\.article)
        #expect(articles.contains("19"), "\(articles)")
    }

    @Test func theComputerWhereDataIsStoredIsNotWhatTheOffenceHinders() throws {
        let text = "El que sin estar autorizado se apodere, acceda, utilice, modifique, suprima o inutilice datos almacenados en una computadora o en cualquier soporte informático, ocasionando perjuicio al titular de la información, será sancionado con prestación de trabajo hasta un año o multa hasta doscientos días."
        let articles = try Self.articles(text, .es)
        #expect(articles.contains("4"))
        #expect(!articles.contains("5"), "\(articles)")
    }

    @Test func inducingErrorOrAChildsParticipationIsNoComplicity() throws {
        let texts = [
            "Obter, para si ou para outrem, vantagem ilícita, em prejuízo alheio, induzindo ou mantendo alguém em erro, mediante artifício, ardil, ou qualquer outro meio fraudulento:\nPena – reclusão, de um a cinco anos, e multa.",
            "Simular a participação de criança ou adolescente em cena de sexo explícito ou pornográfica por meio de adulteração, montagem ou modificação de fotografia, vídeo ou qualquer outra forma de representação visual:\nPena – reclusão, de 1 (um) a 3 (três) anos, e multa.",
        ]
        for text in texts {
            let articles = try Self.articles(text, .pt)
            #expect(!articles.contains("11"), "\(articles)")
        }
    }

    @Test func aSexualOffenceAgainstAChildIsNoChildPornographyWithoutMaterial() throws {
        let abuse = "El que sin propósito de tener acceso carnal realiza sobre un menor de catorce años u obliga a este a efectuar sobre sí mismo o tercero tocamientos indebidos en sus partes íntimas o actos libidinosos contrarios al pudor, será reprimido con pena privativa de libertad no menor de seis ni mayor de nueve años. La explotación sexual del menor agrava la pena."
        #expect(!(try Self.articles(abuse, .es)).contains("9"))
        let material = "El que posee, promueve, fabrica, distribuye, exhibe, ofrece, comercializa o publica, por cualquier medio, imágenes, videos o audios de carácter sexual en los que participen menores de dieciocho años será reprimido con pena privativa de libertad no menor de seis ni mayor de diez años."
        #expect(try Self.articles(material, .es).contains("9"))
    }

    @Test func toolsOfCounterfeitingAreNoDevicesForComputerOffences() throws {
        let texts = [
            "El que fabrica, introduce en el territorio o retiene instrumentos destinados a la falsificación de moneda será reprimido con pena privativa de libertad no menor de dos ni mayor de seis años.",
            "El que fabrica o introduce en el territorio sellos, timbres, marcas o contraseñas oficiales falsificados, o los vende, será reprimido con pena privativa de libertad no menor de dos ni mayor de cinco años.",
        ]
        for text in texts {
            #expect(!(try Self.articles(text, .es)).contains("6"), "\(text.prefix(40))")
        }
    }

    @Test func aScopeHeadingOverAGrantOfPowerIsNoFormalClause() throws {
        let text = "El juez de garantía, a petición del Ministerio Público, podrá ordenar la interceptación y grabación de las comunicaciones telefónicas o de otras formas de comunicación cuando existan fundadas sospechas de que una persona ha cometido un delito al que la ley le asigna pena de crimen."
        #expect(try Self.articles(text, .es, heading: "Ámbito de aplicación").contains("21"))
        // Taking part in proceedings ("la intervención del ministerio público") is no interception.
        let representation = "El ministerio público representará el interés del Estado requirente en el procedimiento de extradición pasiva. En cualquier momento el Estado requirente podrá designar otro representante, caso en el cual cesará la intervención del ministerio público."
        #expect(!(try Self.articles(representation, .es)).contains("34"))
    }

    @Test func aWordInsideADefinitionIsNotTheTermItDefines() throws {
        let cooperation = "Se entenderá como cooperación eficaz calificada la entrega de información o datos precisos, comprobados y verídicos, que permitan el esclarecimiento de los hechos investigados."
        #expect(!(try Self.articles(cooperation, .es)).contains("1"))
        let definition = "Para efectos de esta ley se entenderá por datos informáticos toda representación de hechos, información o conceptos expresados en cualquier forma que se preste a tratamiento informático."
        #expect(try Self.articles(definition, .es).contains("1"))
    }

    @Test func corporateLiabilityDraftedOnThePunishableActsOfTheLawIsArticle12() throws {
        let liability = "When any of the punishable acts herein defined are knowingly committed on behalf of or for the benefit of a juridical person, by a natural person acting either individually or as part of an organ of the juridical person, who has a leading position within, based on a power of representation of the juridical person, the juridical person shall be held liable for a fine."
        #expect(try Self.articles(liability, .en).contains("12"))
        // Complementary penalties of natural persons that close an undertaking state no liability of legal persons.
        let penalties = "Les personnes physiques coupables des délits prévus au présent chapitre encourent également les peines complémentaires suivantes : la fermeture, pour une durée de cinq ans au plus, des établissements ou de l'un ou de plusieurs des établissements de l'entreprise ayant servi à commettre les faits incriminés."
        #expect(!(try Self.articles(penalties, .fr)).contains("12"))
    }

    @Test func distributingDestructiveProgramsIsNoDamageToData() throws {
        let text = "Será sancionado con prisión de seis meses a cuatro años al que distribuyere o pusiere en circulación programas o instrucciones destructivas, que puedan causar perjuicio a los registros, programas o equipos de computación."
        #expect(!(try Self.articles(text, .es)).contains("4"))
    }

    @Test func anAggravatingResultNamesNoConductOfTheOffence() throws {
        let text = "El hecho de acceder a un sistema informático excediendo una autorización se sancionará con prisión de tres meses a un año. Cuando de dicho acceso resulte la supresión o la modificación de datos contenidos en el sistema, las penas se elevarán de uno a dos años de prisión."
        let articles = try Self.articles(text, .es)
        #expect(articles.contains("2"))
        #expect(!articles.contains("4"), "\(articles)")
    }

    @Test func aDocumentExtendedToAnyMediumReachesForgeryButADefinedSignatureDoesNot() throws {
        // A code-wide definition that extends "document" to any medium brings the code's forgery offences to
        // computer data (Art. 7, partly); a definitions list that defines a digital signature and data does not.
        let document = "A los efectos de este Código, se entiende por documento toda representación de actos o hechos, con independencia del soporte utilizado para su fijación, almacenamiento o archivo, incluido el soporte electrónico."
        #expect(try Self.articles(document, .es).contains("7"))
        let signature = "In this Act, \"data\" means information recorded in a form in which it can be processed by equipment operating automatically; \"digital signature\" means an electronic signature consisting of a transformation of an electronic record using an asymmetric cryptosystem."
        #expect(!(try Self.articles(signature, .en)).contains("7"))
    }

    @Test func accessingChildAbuseMaterialWithIntentToViewIsProcuringItNotIllegalAccess() throws {
        let text = "Any person who knowingly possesses, or knowingly accesses with intent to view, any film, computer disk, or any other material that contains an image of child pornography shall be punished as provided in subsection (b)."
        let articles = try Self.articles(text, .en)
        #expect(articles.contains("9"))
        #expect(!articles.contains("2"), "\(articles)")
    }

    @Test func aGeneralPartRuleOnAttemptOrComplicityServesEveryOffenceOfTheCode() throws {
        // A code's general part states attempt and complicity for all its offences, computer offences included.
        let attempt = "Es punible el que empieza la ejecución de un delito por actos externos y no realiza todos los que exige su consumación por causas independientes de su voluntad."
        #expect(try Self.align(attempt, .es, heading: "De la tentativa").map(\.article).contains("11"))
        let parties = "Every one is a party to an offence who actually commits it, does or omits to do anything for the purpose of aiding any person to commit it, or abets any person in committing it."
        #expect(try Self.articles(parties, .en).contains("11"))
        // Handling what an offence produced, after it was committed, is an offence of its own.
        let handling = "El que, después de haberse cometido un delito, sin concierto previo a su ejecución, con los autores, coautores o cómplices, adquiera, reciba u oculte dinero o efectos provenientes de un delito, será castigado con pena de seis meses de prisión a diez años de penitenciaría."
        #expect(!(try Self.articles(handling, .es)).contains("11"))
    }

    @Test func forgeryOfPaperDocumentsIsNoComputerRelatedForgery() throws {
        let paper = "El funcionario público que, en el ejercicio de sus funciones, hiciere un documento público falso o alterare uno verdadero, será castigado con dos a diez años de penitenciaría."
        #expect(!(try Self.articles(paper, .es)).contains("7"))
        let electronic = "El que hiciere un documento falso o alterare uno verdadero, en soporte electrónico o informático, de modo que pueda resultar perjuicio, será castigado con prisión de uno a cinco años."
        #expect(try Self.articles(electronic, .es).contains("7"))
    }

    @Test func aSearchExtendedToAnotherSystemIsTheExtensionOfArticle19() throws {
        let text = "Le juge d'instruction peut ordonner une recherche dans un système informatique ou une partie de celui-ci; cette recherche peut être étendue vers un système informatique qui se trouve dans un autre lieu que celui où la recherche est effectuée."
        let search = try #require(try Self.align(text, .fr).first { $0.article == "19" })
        #expect(search.elements.first { $0.id == "extension-of-search" }?.status == .present)
    }

    @Test func aGrantThatLeadsIntoAListGrantsEachItem() throws {
        // The disclosure of preserved data to identify the providers and the path is Art. 17(1)(b), though its
        // words stand on an item line far from "may ... apply ... for an order".
        let text = """
            The investigatory authority may, for the purposes of a criminal investigation or the prosecution of an offence, apply to the Judge in Chambers for an order for the disclosure of--
            (a) all preserved data, irrespective of whether one or more service providers were involved in the transmission of such data;
            (b) sufficient data to identify the service providers and the path through which the data was transmitted.
            """
        #expect(try Self.articles(text, .en, heading: "Disclosure of preserved data").contains("17"))
    }

    @Test func anAggravatingResultListedOnTheLinesThatFollowIsNoConduct() throws {
        let text = """
            (1) Any person who knowingly does an act which causes an unauthorised modification of data held in any computer system commits an offence.
            (2) Where as a result of the commission of an offence under this section--
            (a) the operation of the computer system; or
            (b) access to any program or data held in any computer,
            is suppressed or otherwise impaired, the penalty shall be doubled.
            """
        let articles = try Self.articles(text, .en)
        #expect(articles.contains("4"))
        #expect(!articles.contains("2"), "\(articles)")
    }

    @Test func commonwealthComputerDefinitionsAreArticle1ButOffencesUsingTheTermAreNot() throws {
        let mapper = try SharedData.mapper.get()
        let definitions = Provision(
            eId: "sec_2", level: "section", num: "2", heading: "Interpretation",
            text: "In this Act,\n\"computer\" means an electronic, magnetic, optical, electrochemical or other data processing device, or a group of such interconnected or related devices, performing logical, arithmetic or storage functions;\n\"data\" means representations of information or of concepts in a form suitable for processing in a computer system;",
            ancestors: [], host: nil)
        #expect(mapper.align(definitions, language: .en).map(\.article) == ["1"])
        let offence = Provision(
            eId: "sec_5", level: "section", num: "5", heading: nil,
            text: "A person who knowingly and without authority causes a computer to perform any function for the purpose of securing access to any program or data held in any computer commits an offence.",
            ancestors: [], host: nil)
        #expect(!mapper.align(offence, language: .en).map(\.article).contains("1"))
    }
    @Test func anOrderThatMustRequireAPersonToActGrantsThePower() throws {
        // Commonwealth acts state a measure as the content of the order: what it "must require" the person to do.
        let content = "A preservation order must be in writing and must require the person to whom it is addressed to preserve the stored computer data specified in the order for a period not exceeding ninety days."
        #expect(try Self.align(content, .en, heading: "Content of preservation order").map(\.article).contains("16"))
        let grant = "A judge may make a preservation order against a person if satisfied that the stored computer data specified in the application are particularly vulnerable to loss or modification."
        #expect(try Self.align(grant, .en, heading: "Judge may make preservation order").map(\.article).contains("16"))
    }
    @Test func aMeasureTheAuthorityCarriesOutOrHasCarriedOutIsGranted() throws {
        // French drafting states a power in the present: the authority "procède ou fait procéder" to the measure.
        let text = "Lorsque des données informatiques stockées dans un système informatique risquent d'être perdues ou modifiées, le procureur de la République procède ou fait procéder à la conservation rapide de ces données pour une durée de quatre-vingt-dix jours."
        #expect(try Self.articles(text, .fr, heading: "Conservation des données").contains("16"))
    }
    @Test func aWarrantRequiringAProviderToInterceptCompelsItButADutyOfSecrecyDoesNot() throws {
        let compelled = "The interception order shall require a service provider to intercept the content data of the specified communications in real time and to provide that content data to the officer immediately."
        let interception = try #require(try Self.align(compelled, .en, heading: "Interception order").first { $0.article == "21" })
        #expect(interception.elements.first { $0.id == "compel-provider" }?.status == .present)
        let secrecy = "The judge shall require the service provider to keep confidential the interception order for the content data of the specified communications and its execution."
        let secret = try Self.align(secrecy, .en, heading: "Interception order").first { $0.article == "21" }
        #expect(secret?.elements.first { $0.id == "compel-provider" }?.status != .present)
    }
    @Test func aComputerResourceIsNoResourcedContactPoint() throws {
        // "resourced" staff serve Art. 35(3); a "computer resource" is the object of a power, not its staff.
        let text = "The Government may, by order, direct any agency to intercept any information transmitted through any computer resource, in the interest of friendly relations with foreign States."
        #expect(!(try Self.articles(text, .en)).contains("35"))
        let contact = "The point of contact shall be available on a twenty-four hour, seven-day-a-week basis to provide immediate assistance for investigations concerning offences related to computer systems and data, and shall be adequately resourced."
        let network = try #require(try Self.align(contact, .en).first { $0.article == "35" })
        #expect(network.elements.first { $0.id == "trained-personnel" }?.status == .present)
    }
    @Test func aPunishmentHeadingOverTheOffenceTheTextDefinesIsItsRubric() throws {
        let text = "Whoever publishes or transmits in electronic form any material which depicts children engaged in sexually explicit act or conduct shall be punished with imprisonment for a term which may extend to five years."
        #expect(try Self.articles(text, .en, heading: "Punishment for publishing material depicting children in sexually explicit act.–").contains("9"))
    }

    @Test func anOffenceThatPunishesActsItsLawDescribesAsACivilWrongImplementsThem() throws {
        let alignment = try Self.alignLaw([
            ("43", "Compensation for damage to computer systems",
             "If any person without permission of the owner of a computer system accesses or secures access to such computer system, he shall be liable to pay damages by way of compensation to the person so affected."),
            ("66", "Computer related offences",
             "If any person, dishonestly or fraudulently, does any act referred to in section 43, he shall be punishable with imprisonment for a term which may extend to three years or with fine or with both."),
        ])
        let access = try #require(alignment.alignments.first { $0.provision.num == "66" && $0.article == "2" })
        #expect(access.elements.first { $0.id == "access" }?.statedIn?.num == "43")
        #expect(!alignment.alignments.contains { $0.provision.num == "43" && $0.article == "2" })
    }
    @Test func aBreachNamedAsThePurposeOfTheConductIsTheOffenceIntended() throws {
        let text = "Any person who unlawfully and intentionally possesses or uses a password, an access code or a computer program designed to access a computer system, for purposes of contravening the provisions of section 2(1) or 3(1), is guilty of an offence."
        #expect(try Self.articles(text, .en).contains("6"))
    }
    @Test func aFraudThroughAnyInterferenceWithDataManipulatesData() throws {
        let text = "Any person who unlawfully and with the intention to defraud causes a loss of property to another person through any interference with data or a computer program, is guilty of an offence."
        let fraud = try #require(try Self.align(text, .en).first { $0.article == "8" })
        #expect(fraud.elements.first { $0.id == "data-manipulation" }?.status == .present)
    }
    @Test func aModalGrantsTheVerbOrTheListThatClosesItsAside() throws {
        let verb = "The Minister may, to enhance cyber security and for the prevention of intrusion into computer systems, by notification in the Gazette, authorise any agency of the Government to monitor and collect traffic data in real time."
        #expect(try Self.articles(verb, .en).contains("20"))
        let list = """
            An expert or a police officer may, for the purposes of an investigation under this Act, under the authority of a warrant issued by a Magistrate on application made for such purpose,—
            (i) obtain any subscriber information and traffic data in the possession of any service provider;
            (ii) intercept any wire or electronic communication, including its content, at any stage of such communication.
            """
        #expect(try Self.articles(list, .en).contains("21"))
        // A list opened within the aside lets a person do things: it grants no measure.
        let allowed = """
            The police officer may, on reasonable grounds being disclosed, allow a person who had the custody or control of the computer system to—
            (a) access and copy computer data on the system; or
            (b) obtain a copy of the computer data.
            """
        #expect(!(try Self.articles(allowed, .en)).contains("19"))
    }
    @Test func aTermDefinedAsDataNamesDataWhereverTheLawUsesIt() throws {
        let alignment = try Self.alignLaw([
            ("38", "Interpretation",
             "In this Act, unless the context otherwise requires—\n\"information\" includes data, text, images, sound, codes, computer programmes, databases or microfilm;"),
            ("19", "Preservation of information",
             "Where a police officer is satisfied that any information is reasonably required for the purposes of an investigation under this Act and that there is a risk that the information may be lost or modified, he may by written notice require the person in control of the computer to ensure that the information be preserved for such period not exceeding ninety days as may be specified in the notice, and kept confidential."),
        ])
        #expect(alignment.alignments.contains { $0.provision.num == "19" && $0.article == "16" })
    }
    @Test func causingAComputerToPerformAFunctionIsAccessOnlyWhereAccessIsItsAim() throws {
        let access = "Any person who knowingly causes a computer to perform any function for the purpose of securing access without authority to any program or data held in any computer shall be guilty of an offence."
        #expect(try Self.articles(access, .en).contains("2"))
        let modification = "Any person who, intentionally and without lawful authority, causes a computer to perform any function knowing that such function will result in unauthorised modification of any data held in any computer shall be guilty of an offence."
        #expect(!(try Self.articles(modification, .en)).contains("2"))
    }
    @Test func aDefinitionsProvisoIsNoPartOfTheTermsMeaning() throws {
        // The proviso speaks of access to data open to the public: "authorization" does not mean access, so
        // copying data "without authorization" is no access offence.
        let alignment = try Self.alignLaw([
            ("2", "Definitions",
             "(1) In this Act, unless there is anything repugnant in the subject or context,—\n(v) \u{201C}authorization\u{201D} means authorization by law or by the person empowered to make such authorization under the law:\nProvided that where an information system or data is available for open access by the general public, access to or transmission of such information system or data shall be deemed to be authorized for the purposes of this Act;"),
            ("4", "Unauthorized copying or transmission of data.",
             "Whoever with dishonest intention and without authorization copies or otherwise transmits or causes to be transmitted any data shall be punished with imprisonment for a term which may extend to six months, or with fine which may extend to one hundred thousand rupees or with both."),
        ])
        #expect(!alignment.alignments.contains { $0.provision.num == "4" && $0.article == "2" })
    }
    @Test func aPersonLiableToThePunishmentCommitsAnOffence() throws {
        let access = "If any person with an intention to have access in any programme, information or data of any computer, uses such a computer without authorization of the owner of or the person responsible for such a computer, such a person shall be liable to the punishment with the fine not exceeding Two Hundred Thousand Rupees or with imprisonment not exceeding three years or with both."
        let alignment = try Self.alignLaw([("45", "Unauthorized Access in Computer Materials:", access)])
        #expect(alignment.alignments.contains { $0.provision.num == "45" && $0.article == "2" })
    }
    @Test func dataDestroyedWithIntentToCauseLossIsADataInterferenceNotAFraudWithoutItsIntent() throws {
        // "information of any computer source" is data; the intent is to cause loss, not to gain.
        let damage = "If any person knowingly and with a mala fide intention to cause wrongful loss or damage to any institution destroys, damages, deletes, alters, disrupts any information of any computer source by any means or diminishes value and utility of such information, such a person shall be liable to the punishment with the fine not exceeding two thousand Rupees."
        #expect(try Self.articles(damage, .en).contains("4"))
    }
    @Test func eachDefinitionOfAListEndsWhereTheNextQuotedTermOpensItsLine() throws {
        // "information" names things; the lines after it define "modification" and "unauthorised" by reference:
        // none of their words is the meaning of "information".
        let interpretation = """
            References in this Law to information held in a computer include references to information held in any removable storage medium which is for the time being in the computer; and a computer is to be regarded as containing information held in such medium.
            In this Law —
            "computer service" includes computer time, data processing and the storage or retreval of information;
            "electronic, acoustic, mechanical or other device" means any device or apparatus that is used or capable of being used to intercept any function of a computer;
            "function" includes logic, control, arithmetic, deletion, storage and retrieval and communication or telecommunication to, from or within a computer;
            "information" includes data, text, images, sounds, codes, computer programmes, software and databases;
            "modification" has the meaning assigned by section 8;
            "related inchoaite offence", in relation to an offence under this Act, means an offence under section 302, 304, 305 or 306 of the Penal Code (2013 Revision);
            "securing access" has the meaning assigned by section 8; and
            "unauthorised", in relation to access to or modification of any information held in a computer, has the meaning assigned by section 8.
            """
        let access = """
            A commits an offence under this section if —
            he causes a computer to perform a function with intent to secure access to information held in a computer;
            the access he intends to secure is unauthorized; and
            he knows at the time he causes the computer to perform the function that that is the case.
            The intent a person has to have to commit an offence under this section need not be directed at —
            any particular information;
            information of any particular kind; or
            information held in any particular computer.
            A person who commits an offence under this section is liable on summary conviction to a fine of $5,000 or to imprisonment for a term of two years, or to both.
            Where a person is convicted of committing an offence under subsection (1) and he has caused, during the commission of the offence, damage to a computer or any other damage arising directly from the damage to the computer and the damage exceeds $10,000, he shall be liable on summary conviction to a fine of $20,000 or to imprisonment for a term of five years, or to both.
            """
        let alignment = try Self.alignLaw([
            ("2", "Interpretation", interpretation), ("3", "Unauthorised access to computer material", access),
        ])
        let articles = alignment.alignments.filter { $0.provision.num == "3" }.map(\.article)
        #expect(articles == ["2"])
    }
    @Test func damageCausedDuringTheCommissionOfTheOffenceIsItsResultNotItsConduct() throws {
        let access = """
            A person who knowingly secures access without authority to a computer for the purpose of obtaining, directly or indirectly, any computer service commits an offence and is liable on summary conviction to a fine of $6,000 or to imprisonment for a term of two years, or to both.
            Where a person is convicted of committing an offence under subsection (1) and he has caused, during the commission of the offence, any damage to a computer or any other damage arising directly from the damage caused to the computer and the damage exceeds $10,000, he shall be liable on summary conviction to a fine of $20,000 or to imprisonment for a term of five years, or to both.
            """
        #expect(try Self.articles(access, .en) == ["2"])
    }
    @Test func propertyDefinedToIncludeDataHeldInAComputerIsDataWhereverTheLawDamagesIt() throws {
        // A translation between the quoted term and "means"; a genus that is a thing ("property of a tangible
        // nature"), whatever conduct a later clause names ("reduced into possession"); a term read both as the
        // computer that holds the data and as the data.
        let interpretation = """
            (1) In this Part, "property" (財產) means-
            (a) property of a tangible nature, whether real or personal, including money and-
            (i) including wild creatures which have been tamed or are ordinarily kept in captivity, and any other wild creatures or their carcasses if, but only if, they have been reduced into possession which has not been lost or abandoned or are in the course of being reduced into possession; but
            (ii) not including mushrooms growing wild on any land or flowers, fruit or foliage of a plant growing wild on any land; or
            (b) any program, or data, held in a computer or in a computer storage medium, whether or not the program or data is property of a tangible nature.
            In this subsection, "mushroom" (菌類植物) includes any fungus and "plant" (植物) includes any shrub or tree. (Replaced 23 of 1993 s. 3)
            (1A) In this Part, "to destroy or damage any property" (摧毀或損壞財產) in relation to a computer includes the misuse of a computer.
            In this subsection, "misuse of a computer" (誤用電腦) means-
            (a) to cause a computer to function other than as it has been established to function by or on behalf of its owner, notwithstanding that the misuse may not impair the operation of the computer or a program held in the computer or the reliability of data held in the computer;
            (b) to alter or erase any program or data held in a computer or in a computer storage medium;
            (c) to add any program or data to the contents of a computer or of a computer storage medium,
            and any act which contributes towards causing the misuse of a kind referred to in paragraph (a), (b) or (c) shall be regarded as causing it. (Added 23 of 1993 s. 3)
            (2) Property shall be treated for the purposes of this Part as belonging to any person-
            (a) having the custody or control of it;
            (b) having in it any proprietary right or interest (not being an equitable interest arising only from an agreement to transfer or grant an interest); or
            (c) having a charge on it.
            """
        let damage = """
            (1) A person who without lawful excuse destroys or damages any property belonging to another intending to destroy or damage any such property or being reckless as to whether any such property would be destroyed or damaged shall be guilty of an offence.
            """
        let alignment = try Self.alignLaw([
            ("59", "Interpretation", interpretation), ("60", "Destroying or damaging property", damage),
        ])
        #expect(alignment.alignments.contains { $0.provision.num == "60" && $0.article == "4" })
    }
    @Test func toCauseTheDisruptionOfASystemIsTheConductNotItsResult() throws {
        // fr "entraîne" is a result after "lorsqu'il" or "s'il"; "celui qui entraîne la perturbation" causes it.
        let hindering = "Est puni d’un emprisonnement de deux (02) à cinq (05) ans, celui qui entraîne la perturbation ou l’interruption du fonctionnement d’un réseau de communications électroniques ou d’un équipement terminal, en introduisant, transmettant, endommageant, effaçant, détériorant, modifiant, supprimant ou rendant inaccessibles les données."
        #expect(try Self.articles(hindering, .fr).contains("5"))
    }
    @Test func toolsMadeToAllowAccessAreDevicesNotAccess() throws {
        let devices = "Est puni des peines prévues l’article 71 ci-dessus, celui qui importe, détient, offre, cède, vend ou met à disposition, sous quelle que forme que ce soit, un programme informatique, un mot de passe, un code d’accès ou toutes données informatiques similaires conçus et ou spécialement adaptés, pour permettre d’accéder, à tout ou partie d’un réseau de communications électroniques ou d’un système d’information."
        let articles = try Self.articles(devices, .fr)
        #expect(articles.contains("6") && !articles.contains("2"))
    }
    @Test func aManipulationThatEndsInATransferOfAssetsIsAComputerFraud() throws {
        let fraud = "El que con la intención de obtener un beneficio indebido para sí o un tercero, manipule un procesamiento o transferencia de datos informáticos que conduzca a un resultado incorrecto o evite un paso de un proceso de procesamiento de datos, siempre que ello resulte en una transferencia patrimonial en perjuicio de tercero, será sancionado con reclusión de uno a cinco años y con multa de sesenta a doscientos días."
        #expect(try Self.articles(fraud, .es).contains("8"))
    }
    @Test func aPowerListOpenedByBeingEntitledAtAnyTimeGrantsEachItem() throws {
        // Commonwealth search powers: the officer "shall — (a) be entitled at any time to — (i) ...".
        let search = """
            (1) An authorised officer acting under a warrant shall —
            (a) be entitled at any time to —
            (i) have access to and inspect any computer to which this section applies; and
            (ii) use any such computer to search any data contained in or available to it; and
            (iii) have access to any information, code or technology which is able to transform encrypted data contained in or available to such computer into an intelligible form, for the purpose of investigating any offence under this Act; and
            (b) be entitled to require the person by whom, or on whose behalf, the officer has reasonable cause to suspect the computer is or has been used, or any person having charge of, or otherwise concerned with the operation of, such computer, to provide such reasonable technical and other assistance as he may require for the purposes of paragraph (a).
            """
        #expect(try Self.articles(search, .en).contains("19"))
    }
    @Test func theLiabilityAMemberMayIncurBesideTheLegalPersonCreatesNoOffence() throws {
        // "la responsabilidad individual en que puedan incurrir" speaks of liability; "incurrirá en" makes an offence.
        let alignment = try Self.alignLaw([
            ("40", "Personas jurídicas",
             "Son penalmente responsables las personas jurídicas cuando sus agentes o representantes cometan hechos delictivos al ejecutar sus acuerdos. La responsabilidad aquí establecida no excluye la responsabilidad individual en que puedan incurrir los miembros o representantes de las personas jurídicas que participen en el hecho delictivo."),
            ("90", "Acceso ilícito",
             "Toda persona que, sin autorización, acceda a un sistema informático incurrirá en delito grave."),
        ], language: .es)
        #expect(alignment.alignments.contains { $0.provision.num == "40" && $0.article == "12" })
    }
    @Test func penetratingAComputerIsAccessingIt() throws {
        let text = "Any person who intentionally and without authority penetrates a computer system or any part of it shall be liable to imprisonment for a term not exceeding three years."
        #expect(try Self.articles(text, .en).contains("2"))
    }
    @Test func aDefinitionAfterTheRuleExplainsAWordOfTheRuleAndMakesNoDefinitionList() throws {
        let text = "La ley penal se aplica al delito consumado o intentado dentro de la extensión territorial del Estado. Se entiende por extensión territorial el espacio de tierra, mar y aire sujeto a la jurisdicción del Estado."
        #expect(try Self.articles(text, .es, heading: "Aplicación territorial").contains("22"))
    }
    @Test func accessingChildPornographyThroughASystemIsNoAccessToTheSystem() throws {
        let text = "Est puni de deux ans d'emprisonnement quiconque aura intentionnellement accédé à de la pornographie enfantine par le biais d'un système informatique."
        #expect(!(try Self.articles(text, .fr)).contains("2"))
    }
    @Test func theDamageAProgramIsCapableOfCausingDescribesTheProgramNotTheConduct() throws {
        let text = "A person who writes a computer program in a manner that enables it to cause damage to computer data, in order to cause such damage unlawfully, or who distributes or makes available to another a computer program capable of causing damage as aforesaid, shall be liable to imprisonment for three years."
        let articles = try Self.articles(text, .en)
        #expect(!articles.contains("4"), "\(articles)")
    }
    @Test func onePersonInterceptsDataThatIsNotYetInterceptedData() throws {
        // "intercepts data" is the conduct; "intercepted data" the object of a later use. Their stems are one.
        let text = "Whosoever unlawfully intercepts data not intended for him by technical means from a non-public data transmission or from the electromagnetic broadcast of a computer system shall be liable to imprisonment of not more than two years or a fine."
        let interception = try #require(try Self.align(text, .en).first { $0.article == "3" })
        #expect(interception.elements.first { $0.id == "interception" }?.status == .present)
        #expect(interception.elements.first { $0.id == "electromagnetic-emissions" }?.status == .present)
    }
    @Test func aPenaltyImposedOnAnyPersonWhoActsCreatesTheOffence() throws {
        // Translations of Gulf States' laws open with the sentence: "A sentence of ... shall be imposed on any person who".
        let text = "A sentence of not more than two years in prison and a fine, or either of these penalties, shall be imposed on any person who unlawfully and intentionally captures, intercepts or spies on any traffic data or any data being transmitted through an information network."
        #expect(try Self.articles(text, .en).contains("3"))
    }
    @Test func wordsAndExpressionsGivenTheirMeaningsMakeADefinitionList() throws {
        let text = """
            In the implementation of the provisions of this Law, the following words and expressions shall have the meanings respectively assigned thereto, unless the context requires otherwise:
            Information System: A set of software and hardware used to create, extract, send, receive, view, process or store information.
            Electronic Data and Information: Everything that can be stored, processed, created or transferred by any information technology mean.
            Traffic Data: Any electronic data generated by any information technology mean and indicating the source and destination of the communication and the route thereof.
            Service Provider: Any natural or legal person providing the users of its services with the ability to communicate by means of information technology.
            """
        #expect(try Self.articles(text, .en).contains("1"))
    }
    @Test func aGeneralRuleOnAidingAnotherToCommitTheOffenseIsAncillaryLiability() throws {
        // A definition scoped to its own subsection ("In this subsection, \"conspiracy\" means") defines nothing else.
        let alignment = try Self.alignLaw([
            ("7.02", "CRIMINAL RESPONSIBILITY FOR CONDUCT OF ANOTHER.",
             "(a) A person is criminally responsible for an offense committed by the conduct of another if, acting with intent to promote or assist the commission of the offense, he solicits, encourages, directs, aids, or attempts to aid the other person to commit the offense. (b) If, in the attempt to carry out a conspiracy to commit one felony, another felony is committed by one of the conspirators, all conspirators are guilty of the felony actually committed. In this subsection, \"conspiracy\" means an agreement between two or more persons to commit a felony."),
            ("33.02", "BREACH OF COMPUTER SECURITY.",
             "(a) A person commits an offense if the person knowingly accesses a computer, computer network, or computer system without the effective consent of the owner."),
        ], language: .en)
        #expect(alignment.alignments.contains { $0.provision.num == "7.02" && $0.article == "11" })
    }
    @Test func contributingByIncitementOrAssistanceToTheLawsCrimesIsAncillaryLiability() throws {
        let alignment = try Self.alignLaw([
            ("3", "Unlawful access",
             "A sentence of not more than three years in prison shall be imposed on any person who intentionally and unlawfully accesses by any means an information system."),
            ("49", "Participation",
             "Where a person contributes by way of incitement, agreement, or assistance to the commission of a felony or a misdemeanor punishable by virtue of the provisions of this Law, such person shall be subjected to the same penalties prescribed for the original perpetrator."),
        ], language: .en)
        #expect(alignment.alignments.contains { $0.provision.num == "49" && $0.article == "11" })
    }
    @Test func aProsecutorWhoMayInspectSystemsSearchesThem() throws {
        let text = "The public prosecution or its designated judicial officer may inspect individuals, places and information systems which are relevant to the crime. If the search results in the seizure of devices, tools or means related to the crime, the judicial officers shall present the same to the public prosecution."
        #expect(try Self.articles(text, .en).contains("19"))
    }
    @Test func anOrderToPresentDataIsAProductionOrder() throws {
        let text = "The public prosecution may order any relevant person to present any devices, tools, means, electronic data or information, traffic data or content information relevant to the subject of the crime."
        #expect(try Self.articles(text, .en).contains("18"))
    }
    @Test func theOnlineSolicitationOfAMinorIsBeyondTheConvention() throws {
        // Sending sexually explicit material to a minor is grooming, not distributing child pornography.
        let text = "(b) A person who is 17 years of age or older commits an offense if, with the intent to commit an offense listed in Article 62.001, the person, over the Internet, by electronic mail or text message or other electronic message service or system, or through a commercial online service, intentionally: (1) communicates in a sexually explicit manner with a minor; or (2) distributes sexually explicit material to a minor."
        let articles = try Self.articles(text, .en, heading: "ONLINE SOLICITATION OF A MINOR.")
        #expect(!articles.contains("9"), "\(articles)")
    }
    @Test func informationSentAbroadAtTheAuthoritysOwnDiscretionIsSpontaneous() throws {
        let text = "Subject to obtaining an undertaking of maintaining confidentiality of information from the recipient, the competent body may, on its own discretion, send the information obtained during investigations to competent bodies in other states where it thinks such information may assist them."
        #expect(try Self.articles(text, .en).contains("26"))
    }
    @Test func aPersonWhoCommitsTheNamedOffenseIfThePersonAccessesCreatesAnOffence() throws {
        // Model Penal Code states define each offence as "A person commits the offense of <name> if the person ...".
        let text = "(1) A person commits the offense of unauthorized computer access in the third degree if the person knowingly accesses a computer, computer system, or computer network without authorization. (2) Unauthorized computer access in the third degree is a class C felony."
        let articles = try Self.articles(text, .en, heading: "Unauthorized computer access in the third degree.")
        #expect(articles.contains("2"), "\(articles)")
    }
    @Test func aJurisdictionRuleStaysOneWhenItNamesTheVictimAsAPersonWho() throws {
        let text = """
            (1) A court in the Republic has jurisdiction to try any offence referred to in this Chapter, if—
            (a) the accused was arrested in the territory of the Republic;
            (b) the offence was committed in the territory of the Republic or on board a ship or an aircraft registered in the Republic; or
            (c) the offence was committed outside of the Republic against—
            (i) any person who is a citizen of the Republic; or
            (ii) a company registered in the Republic.
            """
        let alignment = try Self.align(text, .en, heading: "Jurisdiction")
        let jurisdiction = try #require(alignment.first { $0.article == "22" })
        #expect(!jurisdiction.missing.contains("aut-dedere-aut-judicare"), "\(jurisdiction.missing)")
    }
    @Test func anOffenceThatSpeaksOfShipsOrAircraftSearchedIsNoJurisdictionRule() throws {
        let text = """
            (1) Any person who unlawfully or intentionally gives false information under oath knowing it to be false, with the result that—
            (a) a search warrant is issued; or
            (b) a person, container, premises, vehicle, facility, ship or aircraft is searched,
            is guilty of an offence and is liable on conviction to a fine or to imprisonment for a period not exceeding two years.
            """
        #expect(!(try Self.articles(text, .en)).contains("22"))
    }
    @Test func definitionsUnderADefinitionsHeadingStayAListWhateverOffencesTheirTermsName() throws {
        // A term defined by an offence ("complainant" means any person who makes complaint of any offence; "serious
        // offence" means an offence punishable under this Act) makes no offence of the list.
        let text = """
            (1) In this Act, unless there is anything repugnant in the subject or context,—
            (i) “access to information system” means gaining control or ability to use any part or whole of an information system whether or not through infringing any security measure;
            (ii) “complainant” means any person who makes complaint of any offence under this Act and includes a victim;
            (iii) “serious offence” means an offence punishable under this Act with imprisonment for three years or more, committed within or outside the territory of the State;
            (iv) “traffic data” includes data relating to a communication indicating its origin, destination, route, time, size, duration or type of service.
            """
        let articles = try Self.articles(text, .en, heading: "Definitions.—")
        #expect(articles == ["1"], "\(articles)")
    }
    @Test func anAttemptAtTheOffencesOwnActPunishedInItsDefinitionIsNoAttemptRule() throws {
        // Experts read "accesses or attempts to access" as the access offence, broader than Art. 2, not as Art. 11(2).
        let english = "(1) A person who intentionally and without authority intercepts, attempts to intercept or procures another person to intercept any communication commits an offence and is liable, on conviction, to imprisonment for a term not exceeding five years."
        let englishArticles = try Self.articles(english, .en)
        #expect(englishArticles.contains("3") && !englishArticles.contains("11"), "\(englishArticles)")
        let french = "Est puni d'une peine d'emprisonnement de trois mois à un an, quiconque accède ou se maintient, frauduleusement, dans tout ou partie d'un système de traitement automatisé de données, ou tente de le faire."
        let frenchArticles = try Self.articles(french, .fr)
        #expect(frenchArticles.contains("2") && !frenchArticles.contains("11"), "\(frenchArticles)")
        // An attempt to commit the offences stays an attempt rule.
        let rule = "(2) A person who attempts to commit any of the offences under this Act commits an offence and is liable, on conviction, to the penalty specified for that offence."
        #expect(try Self.articles(rule, .en).contains("11"))
    }
    @Test func aLawOnForeignRequestsShowsTheProceduresPostponementAndReasonsOfArticle27() throws {
        let text = """
            (1) The Attorney-General is the central authority to receive, transmit and execute requests for mutual legal assistance from a foreign State.
            (2) A request shall be executed in accordance with the procedures specified by the requesting State, unless they are incompatible with the law of the Republic.
            (3) The central authority may postpone the execution of a request where it would prejudice an investigation or proceeding in the Republic.
            (4) The central authority shall inform the requesting State of the outcome of the request and of the reasons for the refusal or the postponement of any request.
            """
        let assistance = try #require(try Self.align(text, .en, heading: "Requests for mutual legal assistance").first { $0.article == "27" })
        for element in ["central-authority", "execution-procedures", "postponement", "outcome-and-reasons"] {
            #expect(assistance.elements.first { $0.id == element }?.status == .present, "\(element)")
        }
    }
    @Test func aPartHeadedByTheChaptersGeneralPrincipleKeepsTheMeasuresOfItsProvisions() throws {
        // "International Cooperation" names the whole chapter (Art. 23), not the one measure its provisions may grant.
        let text = "Requests for investigation measures shall be implemented according to the procedural rules applicable in the State, unless the foreign competent body requests the application of specific procedures compatible with such rules."
        let part = Provision.Ancestor(level: "part", eId: "part_Four", num: "Part Four", heading: "International Cooperation")
        let provision = Provision(eId: "art_33", level: "article", num: "33", heading: nil, text: text, ancestors: [part], host: nil)
        let articles = try SharedData.mapper.get().align(provision, language: .en).map(\.article)
        #expect(articles.contains("27"), "\(articles)")
    }
    @Test func whoeverShallBeSentencedToFixedTermImprisonmentCreatesAnOffence() throws {
        // The wording of English translations of East Asian criminal codes: no "guilty", no "punished".
        let text = "Whoever, in violation of state regulations, intrudes into a computer information system shall be sentenced to fixed-term imprisonment of not more than three years or criminal detention."
        #expect(try Self.articles(text, .en).contains("2"))
    }
    @Test func programsIntendedForUnauthorisedDestructionServeOffences() throws {
        let text = "1. The creation, dissemination or use of computer programs knowingly intended for the unauthorised destruction, blocking, modification or copying of computer information shall be punishable by restraint of liberty for a term of up to four years."
        let devices = try #require(try Self.align(text, .en).first { $0.article == "6" })
        #expect(devices.elements.first { $0.id == "device-program" }?.status == .present)
    }
    @Test func noOneShallIntrudeIsAProhibitionThatDefinesTheOffence() throws {
        // Translations of Korean and Japanese acts state the prohibition in one article and punish it in another.
        let text = "(1) No one shall intrude on an information and communications network without any legitimate access right or beyond the permitted access right."
        #expect(try Self.articles(text, .en).contains("2"))
    }
    @Test func aDefinitionWhoseBodyIsTheActOfAnyPersonDefinesTheOffence() throws {
        // "Est qualifié de X, le fait par toute personne ... de <conduct>": the law defines its offence as a term
        // and punishes it in a later article; a definition of a thing stays a definition.
        let offence = "Est qualifié d’accès frauduleux, le fait par toute personne, intentionnellement, sans excuse légitime ou justification ou au-delà d'une excuse légitime ou justification, d’accéder à la totalité ou à une partie d'un système d’information."
        #expect(try Self.articles(offence, .fr).contains("2"))
        let thing = "Est qualifié de système d'information, tout dispositif isolé ou ensemble de dispositifs interconnectés ou apparentés, en ligne ou hors ligne qui assure, en exécution d'un programme, un traitement automatisé de données."
        #expect(try Self.articles(thing, .fr) == ["1"])
    }
    @Test func anOffenceHeadedWithItsPenaltyThatOpensWithItsProhibitionIsNoPenaltyRule() throws {
        let text = """
            A. It is unlawful for any person, with malicious intent, and without authority, to:
            1. Temporarily or permanently remove, halt, or otherwise disable any computer data from a computer or computer network;
            2. Alter, disable, or erase any computer data, computer programs or computer software.
            B. Any person who violates this section is guilty of computer trespass, which is a Class 1 misdemeanor.
            """
        let articles = try Self.articles(text, .en, heading: "Computer trespass; penalty.")
        #expect(articles.contains("4"), "\(articles)")
    }
    @Test func denyingComputerServicesToUsersIsSeriousHindering() throws {
        let text = "(a) Any person who willfully and without authorization denies or causes the denial of computer, computer program, computer system, or computer network services to an authorized user of such computer services is guilty of a Class 1 misdemeanor."
        #expect(try Self.articles(text, .en).contains("5"))
    }
    @Test func aPowerWordInsideADefinitionGrantsNoPower() throws {
        // "Any other person who is authorized to act on behalf of the entity" describes the defined agent: the
        // section makes entities (the US codes' word for legal persons) liable, it grants no power.
        let text = """
            (1) As used in this section, "agent" means any director, officer, or employee of an entity, or any other person who is authorized to act on behalf of the entity.
            (2) An entity is guilty of an offense when the conduct constituting the offense is engaged in by a high managerial agent acting within the scope of his or her duties and on behalf of the entity.
            """
        let explanation = try Self.explanation(text, .en, heading: "Liability of entities.")
        #expect(explanation.contains("role: offence, defines\n"), "\(explanation)")
        #expect(explanation.contains("Art. 12 ALIGNED"), "\(explanation)")
    }
    @Test func aSpanishDefinitionsArticleThatOpensOnItsLeadIsAListOfDefinitions() throws {
        // "Las siguientes palabras ... tendrán el significado que se señala": each item defines a word, whatever
        // conduct it describes (a scanner "que se use para acceder, leer ... o almacenar" is no offence).
        let text = """
            Salvo que otra cosa resulte del contexto, las siguientes palabras y frases contenidas en este Código tendrán el significado que se señala a continuación:
            (a) “A sabiendas” implica conocimiento personal, no requiere el conocimiento de la ilegalidad del acto u omisión.
            (b) “Aparato de escaneo”. Significa un escáner, lector o cualquier otro aparato electrónico que se use para acceder, leer, escanear, obtener, memorizar o almacenar, temporera o permanentemente, información codificada en la cinta o banda magnética de una tarjeta de pago.
            (c) “Apropiar” incluye el malversar, defraudar, ejercer control ilegal, usar, sustraer, apoderarse, o en cualquier forma hacer propio cualquier bien o cosa que no le pertenece.
            (d) “Documento público” incluye cualquier escrito, impreso o cualquier material leído por máquina o producido de forma electrónica, que se autoriza por ley.
            (e) “Voluntario” aplica a la intención con que se ejecute un acto, o se incurra en una omisión, implica simplemente propósito o voluntad de cometer el acto o de incurrir en la omisión a que se refieren.
            """
        let explanation = try Self.explanation(text, .es, heading: "Definiciones")
        #expect(explanation.contains("definition list\n"), "\(explanation)")
    }
    @Test func anOffenderAfterAnOpeningProvisoOpensTheOffenceBeforeThePowersItMentions() throws {
        // "Except as otherwise provided ..., any person who: (1) intercepts ...; (3) installs a tracking device
        // without ... an order authorizing [it] ... shall be guilty": the offence comes first; the order it
        // mentions is the exception, not a power the section grants.
        let text = """
            (a) Except as otherwise specifically provided in this part, any person who:
            (1) Intentionally intercepts, endeavors to intercept, or procures any other person to intercept, any wire, oral, or electronic communication;
            (2) Intentionally discloses to any other person the contents of any wire, oral, or electronic communication, intercepted by means authorized by subsection (b), with intent to improperly obstruct a criminal investigation; or
            (3) Intentionally installs or uses a mobile tracking device without first obtaining a search warrant or other order authorizing the installation and use of such device;
            shall be guilty of a class C felony.
            (b) It shall not be unlawful under this part for an officer, employee, or agent of a provider of wire communication service to intercept a communication in the normal course of employment.
            """
        let articles = try Self.articles(text, .en)
        #expect(articles.contains("3"), "\(articles)")
    }
    @Test func itIsUnlawfulForAnyoneToDoTheActDefinesTheOffenceWhoseBreachIsPunishedElsewhere() throws {
        // US codes state a prohibition in one section and punish its breach in another ("any person who violates
        // section 030 is guilty of a gross misdemeanor").
        let text = "(1) Except as otherwise provided in this chapter, it shall be unlawful for any individual, partnership, or corporation to intercept or record any private communication transmitted by telephone or other device between two or more individuals, by any device electronic or otherwise designed to record or transmit the communication, without first obtaining the consent of all the participants in the communication."
        let articles = try Self.articles(text, .en)
        #expect(articles.contains("3"), "\(articles)")
    }
    @Test func aRuleHeadedAsATerritorialNexusThatSpeaksOfTheLawsOffencesIsAJurisdictionRule() throws {
        // Australian codes state where their offences are committed as "a person is guilty of an offence against
        // this Division if ...": the offences are the Division's, the section says where they are committed.
        let text = """
            A person is guilty of an offence against this Division:
            (a) if the person does an unlawful act within the Territory that leads to the unlawful access to, or modification of, data held in a computer, irrespective of whether or not the affected computer is in the Territory; or
            (b) if the person does an unlawful act, whether within the Territory or elsewhere, that leads to the unlawful access to data held in a computer in the Territory.
            """
        let articles = try Self.articles(text, .en, heading: "Territorial nexus for offences")
        #expect(articles == ["22"], "\(articles)")
    }
    @Test func anIntentToCommitOrAttemptToCommitAFelonyIsAPurposeNotAnAttemptRule() throws {
        let text = "A person is guilty of computer trespass when he knowingly gains access to a computer system without authorization and he does so with an intent to commit or attempt to commit or further the commission of any felony."
        let articles = try Self.articles(text, .en)
        #expect(articles.contains("2") && !articles.contains("11"), "\(articles)")
    }
    @Test func aHeadingThatNamesTheOrderBesideItsDurationGrantsTheMeasure() throws {
        let text = """
            (1) An ex parte order for the interception of any communication or conversation may be issued by any superior court judge upon verified application of the prosecuting attorney stating that there are reasonable grounds to believe that evidence will be obtained essential to the prevention of a crime.
            (2) The order shall be effective for fifteen days and may be renewed for a further period of fifteen days.
            """
        let heading = "Intercepting private communication—Court order permitting interception—Grounds for issuance—Duration—Renewal."
        let articles = try Self.align(text, .en, heading: heading).map(\.article)
        #expect(articles.contains("21"), "\(articles)")
    }
    @Test func electromagneticRecordsAreComputerDataInTranslationsOfEastAsianCodes() throws {
        let text = "The term \"electromagnetic recording\" means records for computer processing made through the use of electronic, magnetic, optical or other similar means."
        #expect(try Self.articles(text, .en) == ["1"])
    }
    @Test func aListOfPersonsLiableToPunishmentHeadedAsCriminalJurisdictionIsAJurisdictionRule() throws {
        // Older US codes state their reach as the persons "liable to punishment": one who commits a crime in the
        // state, one who abroad aids or abets a crime in the state. The aiding limb says where, not who is a party.
        let text = """
            The following persons are liable to punishment:
            (1) A person who commits in the state any crime, in whole or in part.
            (2) A person who, being out of the state, counsels, aids, or abets another to commit a crime in this state.
            """
        let articles = try Self.articles(text, .en, heading: "State criminal jurisdiction.")
        #expect(articles == ["22"], "\(articles)")
    }
    @Test func aPersonCommitsTheNamedOffenceIfThePersonDefinesTheOffence() throws {
        // The Model Penal Code's formula, followed by many US codes: the offence is named, then defined, and its
        // grade ("is a Class D felony") is its penalty.
        let text = """
            (a) A person commits computer trespass if the person intentionally and without authorization accesses, alters, deletes, damages, or destroys any computer, computer system, computer network, computer program, or data.
            (b) Computer trespass is a Class C misdemeanor.
            """
        let explanation = try Self.explanation(text, .en, heading: "Computer trespass.")
        #expect(explanation.contains("role: offence\n"), "\(explanation)")
        #expect(explanation.contains("[person commits computer trespass if the person | Class C misdemeanor]"), "\(explanation)")
    }
    @Test func anOffenceGradedInAListOfFelonyClassesIsAnOffenceAndViewingMaterialIsNoAccess() throws {
        // "(b) ... is a: (1) Class C felony for the first offense": the grade, after a colon, is the penalty. The
        // material is viewed "through any means, including on the Internet": that is possession's kin, no access.
        let text = """
            (a) A person commits distributing, possessing, or viewing of matter depicting sexually explicit conduct involving a child if the person knowingly:
            (1) Sells, distributes, or offers through any means, including the Internet, any photograph, film, videotape, computer program or file, or computer-generated image that depicts a child engaging in sexually explicit conduct; or
            (2) Possesses or views through any means, including on the Internet, any photograph, film, videotape, computer program or file, or computer-generated image that depicts a child engaging in sexually explicit conduct.
            (b) Distributing, possessing, or viewing of matter depicting sexually explicit conduct involving a child is a:
            (1) Class C felony for the first offense; and
            (2) Class B felony for any subsequent offense.
            """
        let articles = try Self.articles(text, .en)
        #expect(articles == ["9"], "\(articles)")
    }
    @Test func accessingAComputerToCommitTheftOrDefraudIsComputerFraud() throws {
        // US codes' "computer fraud": the system accessed is the means of the fraud or theft.
        let text = "(1) A person commits the offense of computer fraud in the first degree if the person knowingly accesses a computer, computer system, or computer network with the intent to commit the offense of theft in the first degree."
        let articles = try Self.articles(text, .en)
        #expect(articles.contains("8"), "\(articles)")
    }
    @Test func aPersonWhoViolatesAnotherSectionIsPunishedForThatSectionsOffence() throws {
        // The grading section of a US act punishes the breach of the act's prohibitions: it defines no conduct.
        let text = """
            (1) A person who violates section 4 is guilty of a crime as follows:
            (a) If the violation involves an aggregate amount of less than $200.00, the person is guilty of a misdemeanor punishable by imprisonment for not more than 93 days.
            (2) It is a rebuttable presumption that the person did not have authorization from the owner to access the computer, computer system, or computer network if the person intentionally accessed it to defraud the owner.
            """
        let explanation = try Self.explanation(text, .en, heading: "Penalties; presumption.")
        #expect(explanation.contains("punishes a breach of duty"), "\(explanation)")
        #expect(!explanation.contains("ALIGNED"), "\(explanation)")
    }
    @Test func aPersonShallNotDoTheActDefinesTheOffenceWhosePenaltyIsElsewhere() throws {
        let text = """
            A person shall not intentionally and without authorization or by exceeding valid authorization do any of the following:
            (a) Access or cause access to be made to a computer program, computer, computer system, or computer network to acquire, alter, damage, delete, or destroy property.
            """
        let articles = try Self.articles(text, .en)
        #expect(articles.contains("2") && articles.contains("4"), "\(articles)")
    }
    @Test func aidingTheComputerOffencesItsHeadingNamesIsAncillaryLiability() throws {
        // An autonomous aiding offence speaks of the law's offences in its heading, not in its text.
        let text = "Se impondrá pena de prisión de uno a cuatro años a quien facilite los medios para la consecución de un delito efectuado mediante un sistema o red informática."
        let articles = try Self.articles(text, .es, heading: "Facilitación del delito informático")
        #expect(articles.contains("11"), "\(articles)")
    }
    @Test func aSectionHeadedJurisdictionThatSaysWhereTheLawsOffencesMayBeTriedIsAJurisdictionRule() throws {
        // "Jurisdiction" alone is a heading word: in a text, "a court of competent jurisdiction" issues orders.
        let text = """
            (1) A person may be tried in the State for a relevant offence committed, whether in whole or in part—
            (a) by the person in the State in relation to an information system outside the State, or
            (b) by the person outside the State in relation to an information system in the State.
            """
        let articles = try Self.articles(text, .en, heading: "Jurisdiction")
        #expect(articles == ["22"], "\(articles)")
        #expect(try Self.align(text, .en, heading: nil).map(\.article).isEmpty)
    }
    @Test func corruptionOfMinorsAndSeekingSexualEncountersWithThemAreBeyondTheConvention() throws {
        // Corruption of minors "con fines eróticos, pornográficos" in shows, and grooming through social networks,
        // are no offence of child sexual abuse material.
        let text = """
            Será sancionado con pena de prisión de tres a ocho años quien mantenga o promueva la corrupción de una persona menor de edad, con fines eróticos, pornográficos u obscenos, en exhibiciones o espectáculos públicos o privados.
            La pena será de cuatro a diez años de prisión si el actor, utilizando las redes sociales o cualquier otro medio informático, busca encuentros de carácter sexual con una persona menor de edad.
            """
        let articles = try Self.articles(text, .es, heading: "Corrupción")
        #expect(!articles.contains("9"), "\(articles)")
    }
    @Test func anOffenceWhoseConductOrResultTakesPlaceInTheTerritoryIsCommittedThereIsAJurisdictionRule() throws {
        let text = "Where either the conduct or the result of an offense takes place within the territory of the State, the offense shall be considered as committed within the territory of the State."
        #expect(try Self.articles(text, .en) == ["22"])
    }
    @Test func influencingADataProcessingThatPrejudicesAnothersPropertyIsComputerFraud() throws {
        // The German-model computer fraud: the loss is a verb ("perjudicara el patrimonio de otro"), not a noun.
        let text = "El que con la intención de obtener para sí o para otro un beneficio patrimonial indebido, influyera sobre el resultado de un procesamiento de datos mediante programación falsa o utilización de datos falsos, y con ello, perjudicara el patrimonio de otro, será castigado con pena privativa de libertad de hasta cinco años o con multa."
        let articles = try Self.articles(text, .es, heading: "Operaciones fraudulentas por computadora")
        #expect(articles == ["8"], "\(articles)")
    }
    @Test func anOffenceDefinedAsTheIntentionalConductIsAnOffenceWithoutItsPenalty() throws {
        // A criminal code that names the offence and defines it ("Theft is the misappropriation ..."), its
        // penalty in a later subsection.
        let text = "Computer tampering is the intentional commission of any of the following actions when taken knowingly and without the authorization of the owner of a computer: damaging or destroying a computer, or altering or deleting any program or data contained within a computer."
        let articles = try Self.articles(text, .en, heading: "Computer tampering")
        #expect(articles.contains("4"), "\(articles)")
    }
    @Test func denyingAuthorizedUsersTheUseOfAComputerIsSystemInterference() throws {
        let text = "An offense against computer users is the intentional denial to an authorized user, without consent, of the full and effective use of a computer, a computer system or computer services. Whoever commits an offense against computer users shall be fined not more than five hundred dollars."
        let articles = try Self.articles(text, .en, heading: "Offenses against computer users")
        #expect(articles.contains("5"), "\(articles)")
    }
    @Test func usingAComputerToExecuteASchemeOrArtificeToDefraudIsComputerFraud() throws {
        // The fraud statutes' "scheme or artifice to defraud", stated as the purpose of a computer's use, further
        // from the access than a scheme "to defraud" alone would be.
        let text = "Any person who knowingly accesses, attempts to access or uses, or attempts to use any computer, computer system, computer network, or any part thereof for the purpose of: devising or executing any scheme or artifice to defraud; obtaining money, property, or services by means of false or fraudulent pretenses, representations, or promises; or committing theft; commits computer crime."
        let articles = try Self.articles(text, .en, heading: "Computer crime")
        #expect(articles.contains("8"), "\(articles)")
    }
    @Test func sellingADeviceWhoseDesignRendersItPrimarilyUsefulForInterceptionIsMisuseOfDevices() throws {
        // What the device is useful for is its design, not the offence's conduct: no interception is committed.
        let text = "Any person who willfully manufactures, assembles, possesses, or sells any electronic, mechanical, or other device, knowing or having reason to know that the design of such device renders it primarily useful for the purpose of the surreptitious interception of wire, electronic or oral communications, is guilty of a felony."
        let articles = try Self.articles(text, .en, heading: "Possession and sale of intercepting devices")
        #expect(articles == ["6"], "\(articles)")
    }
    @Test func accessingAComputerOnlyToCommitTheftIsComputerFraudNotIllegalAccess() throws {
        // The text does not call the access wrongful: it punishes it for the theft it serves, stated after it.
        let text = "A person commits the offense of computer fraud in the first degree if the person knowingly accesses a computer, computer system, or computer network with the intent to commit the offense of theft in the first degree. Computer fraud in the first degree is a class A felony."
        let articles = try Self.articles(text, .en, heading: "Computer fraud in the first degree")
        #expect(articles == ["8"], "\(articles)")
    }
    @Test func usingAComputerWithoutAuthorityToObtainPropertyByFalsePretensesIsComputerFraud() throws {
        let text = "Any person who uses a computer or computer network, without authority and: 1. Obtains property or services by false pretenses; 2. Embezzles or commits larceny; or 3. Converts the property of another is guilty of the crime of computer fraud."
        let articles = try Self.articles(text, .en, heading: "Computer fraud; penalty")
        #expect(articles.contains("8"), "\(articles)")
    }
    @Test func aScopeHeadingOverWhereTheLawsOffencesArePunishedIsAJurisdictionRule() throws {
        let text = "La presente Ley es de orden público y se aplicará a quienes cometan los delitos previstos en ésta, dentro o fuera del territorio nacional."
        let articles = try Self.articles(text, .es, heading: "Ámbito de aplicación")
        #expect(articles == ["22"], "\(articles)")
    }
    @Test func anOffenceDeemedToHaveOccurredInThisStateIsAJurisdictionRule() throws {
        let text = "If any act performed in furtherance of the offenses set out in section 251 occurs in this state or if any computer system or part thereof accessed in violation of section 251 is located in this state, the offense shall be deemed to have occurred in this state."
        let articles = try Self.articles(text, .en, heading: "Jurisdiction")
        #expect(articles == ["22"], "\(articles)")
    }
    @Test func aConductAGerundGovernsInThePurposeIsIntendedNotCommitted() throws {
        let text = "Any person who unlawfully and intentionally assembles, obtains, sells, possesses, makes available or uses malicious software, programmes or devices for purposes of causing damage to data, computer or information systems shall be guilty of an offence."
        let articles = try Self.articles(text, .en, heading: "Unlawful use of data or devices")
        #expect(articles == ["6"], "\(articles)")
    }
    @Test func aPersonMadeToAppearAsAChildAndRealisticMaterialAreBothLimbsOfChildPornography() throws {
        let text = "Child sexual abuse material means any representation through electronic means or any other means whatsoever, of a child, a person made to appear as a child or realistic material representing a child, engaged in real or simulated explicit sexual activity. Any person who unlawfully and intentionally, through a computer or information system, produces, offers, makes available, distributes, transmits, procures or possesses child sexual abuse material shall be guilty of an offence."
        let pair = try #require(try Self.align(text, .en, heading: "Child sexual abuse material").first { $0.article == "9" })
        #expect(!pair.missing.contains("appearing-minor") && !pair.missing.contains("realistic-images"), "\(pair.missing)")
    }
    @Test func theCodeAppliedToActsAbroadByItsNationalsIsAJurisdictionRuleNotExtradition() throws {
        let text = "Se aplicará la ley penal paraguaya a los demás hechos realizados en el extranjero sólo cuando el autor, al tiempo de la realización del hecho, haya tenido nacionalidad paraguaya, o careciendo de nacionalidad, se encontrara en el territorio nacional y su extradición hubiera sido rechazada."
        let articles = try Self.articles(text, .es, heading: "Otros hechos realizados en el extranjero")
        #expect(articles == ["22"], "\(articles)")
    }
    @Test func dataCopiedOntoMediaThatMayBeSeizedOnTheJudgesOrderIsSeizure() throws {
        let text = "Lorsque le juge d'instruction découvre dans un système informatique des données stockées qui sont utiles pour la manifestation de la vérité, mais que la saisie du support ne paraît pas souhaitable, ces données sont copiées sur des supports de stockage informatique pouvant être saisis et placés sous scellés, elles peuvent être de plus rendues inaccessibles ou retirées du système informatique en question sous ordre du juge."
        let articles = try Self.articles(text, .fr, heading: "Copie des données")
        #expect(articles.contains("19"), "\(articles)")
    }
    @Test func aListTheOffendersStateOfMindOpensStatesTheOffencesConductsNotMeans() throws {
        let text = "Any person who accesses or causes to be accessed any computer, computer system or computer network without authorization shall be guilty of an offense if he or she intentionally: (a) Alters, damages, deletes, or destroys any computer, computer program, data, or other property; (b) disrupts the operation of any computer, computer system or computer network."
        let articles = try Self.articles(text, .en, heading: "Unlawful acts; harming or disrupting operations")
        #expect(articles.contains("4") && articles.contains("5"), "\(articles)")
    }
    @Test func termsThatShallMeanSomethingAreDefinitions() throws {
        // (The items as the importer gives them: each its own line, its number apart.)
        let text = """
            For purposes of the Computer Crimes Act:
            Access shall mean to instruct, communicate with, store data in, retrieve data from, or otherwise use the resources of a computer, computer system, or computer network;
            Computer shall mean a high-speed data processing device or system which performs logical, arithmetic, data storage and retrieval, communication, memory, or control functions by the manipulation of signals;
            Computer program shall mean an instruction or statement or a series of instructions or statements in a form acceptable to a computer which directs the functioning of a computer system;
            Computer system shall mean related computers and peripheral equipment, whether connected or unconnected;
            Data shall mean a representation of information, facts, knowledge, concepts, or instructions prepared in a formalized or other manner and intended for use in a computer or computer network;
            """
        let articles = try Self.articles(text, .en, heading: "Terms, defined")
        #expect(articles == ["1"], "\(articles)")
    }
    @Test func denyingDataToAPersonAuthorizedToAccessItIsNoAccess() throws {
        let text = "A person who intentionally and unlawfully (a) damages or deteriorates computer data; (b) deletes computer data; (c) alters computer data; or (d) denies access to computer data to any person authorized to access it, commits an offence."
        let articles = try Self.articles(text, .en, heading: "Illegal data interference")
        #expect(!articles.contains("2") && articles.contains("4"), "\(articles)")
    }
    @Test func causingAComputerToMalfunctionIsSystemInterference() throws {
        let text = "A person commits an offense if he knowingly and without authority causes a computer to malfunction, regardless of the amount of time the malfunction persists."
        #expect(try Self.articles(text, .en, heading: "Computer trespass").contains("5"))
    }
}
