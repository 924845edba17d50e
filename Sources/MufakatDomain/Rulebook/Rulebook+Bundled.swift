import Foundation

extension Rulebook {
    /// The rulebook shipped with Mufakat, parsed once per process on first use (nil when it
    /// cannot be read). Derived data that must not depend on a command's `--rulebook` (the
    /// store's index) orders stages by it.
    public static let bundled: Rulebook? = RulebookLoader.loadBundled()

    /// Tahapan menurut jenis: the sections of `kind`'s stages in the rulebook's order, each with
    /// its stage id when the section is a stage the rulebook adds (`tambahan`).
    public func stageSections(of kind: CooperationKind) -> [(section: StageSection, customID: String?)] {
        (self.kind(kind)?.stages ?? []).compactMap { id in
            guard let section = stage(id).flatMap({ StageSection(rawValue: $0.section) }) else { return nil }
            return (section, section == .custom ? id : nil)
        }
    }
}
