import ArgumentParser

/// `--mappings`: the folder every command that reads instruments, parties or reviews is pointed at.
struct MappingsOption: ParsableArguments {
    @Option(help: "The Mappings folder (instruments/, parties/, reviews/, corpus.yaml).")
    var mappings = "Mappings"
}

/// `--instrument` and `--mappings`: what `map`, `evaluate`, `review`, `report` and `check` align against.
struct InstrumentOptions: ParsableArguments {
    @Option(help: "Instrument id: <mappings>/instruments/<id>.yaml.")
    var instrument = "budapest"

    @OptionGroup var folder: MappingsOption

    var mappings: String { folder.mappings }
}

/// Where `report` and `check` read from and where the report tree is.
struct ReportOptions: ParsableArguments {
    @Option(help: "Folder of AKN documents: <cc>/*.xml per state, instruments/*.xml for the instruments' texts.")
    var corpus = "Corpus"

    @OptionGroup var source: InstrumentOptions

    @Option(help: "Folder of Mustache templates and assets replacing the bundled ones (see Sources/Reports/Templates/README.md).")
    var templates: String?

    @Option(help: "The report tree: written by report, compared with a fresh report by check.")
    var out = "Reports"
}
