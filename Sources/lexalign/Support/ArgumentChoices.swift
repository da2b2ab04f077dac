import Alignment
import ArgumentParser
import LexalignKit

// The closed sets the commands take as arguments: ArgumentParser lists their values in --help and refuses others.

extension AlignmentOutput.Format: ExpressibleByArgument {}
extension ReviewDecision.Verdict: ExpressibleByArgument {}
extension Coverage: ExpressibleByArgument {}

/// `KEY=VALUE`: a header field `import --set` supplies or overrides.
struct HeaderField: ExpressibleByArgument {
    let key: String
    let value: String

    init?(argument: String) {
        guard let equals = argument.firstIndex(of: "="), equals != argument.startIndex else { return nil }
        key = String(argument[..<equals])
        value = String(argument[argument.index(after: equals)...])
    }
}
