import AkomaNtoso
import Foundation

/// Reads AKN files as `lexalign map` and `lexalign report` do before mapping, on one thread: parse each file into a
/// tree, collect its provisions with their plain text, drop the tree. Prints the time of each step and what was read
/// (the counts and a checksum of every provision, so that two builds can be seen to read the same).
@main struct BenchReading {
    static func main() {
        let clock = ContinuousClock()
        var parsing = Duration.zero
        var collecting = Duration.zero
        var freeing = Duration.zero
        var provisions = 0
        var textBytes = 0
        var checksum: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ text: String?) {
            for byte in (text ?? "\u{0}").utf8 { checksum = (checksum ^ UInt64(byte)) &* 0x100_0000_01b3 }
        }
        for path in CommandLine.arguments.dropFirst() {
            let start = clock.now
            var document: Document? = try? AKNParser().parse(contentsOf: URL(fileURLWithPath: path)).document
            let parsed = clock.now
            let list = document?.provisions ?? []
            let collected = clock.now
            document = nil
            freeing += clock.now - collected
            parsing += parsed - start
            collecting += collected - parsed
            provisions += list.count
            for provision in list {
                textBytes += provision.text.utf8.count
                for field in [provision.eId, provision.num, provision.heading, provision.text, provision.host?.title] {
                    mix(field)
                }
                for ancestor in provision.ancestors { mix(ancestor.num); mix(ancestor.heading) }
            }
        }
        func seconds(_ duration: Duration) -> String {
            String(format: "%.3f", Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18)
        }
        print(
            "parse \(seconds(parsing)) provisions \(seconds(collecting)) free \(seconds(freeing))",
            "files \(CommandLine.arguments.count - 1) provisions \(provisions) text-bytes \(textBytes)",
            "checksum \(String(checksum, radix: 16))")
    }
}
