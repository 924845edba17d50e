import Foundation
import MufakatDomain
import MufakatServices
import Testing
import TerminalUI
@testable import MufakatApp

/// The profile screen's lambang field (issue 15): a clear Indonesian error for a missing or
/// non-PNG file, a save that hands the path to the effect, and an unchanged logo kept.
@Suite struct ProfileLogoFormTests {
    static func form(existing: RegionProfile? = Fixture.profile) -> ProfileForm {
        ProfileForm(existing: existing, catalogues: Fixture.context.catalogues, rulebook: Fixture.context.rulebook)
    }

    static func focusLogo(_ form: inout ProfileForm) {
        while form.fields.focusedField?.id != "logo" { _ = form.handle(.key(.tab)) }
    }

    static func type(_ text: String, into form: inout ProfileForm) {
        for ch in text { _ = form.handle(.key(.char(ch))) }
    }

    @Test func missingAndNonPNGFilesAreRefusedWithTheReason() throws {
        var form = Self.form()
        Self.focusLogo(&form)
        Self.type("/tidak/ada/lambang.png", into: &form)
        #expect(form.handle(.key(.function(2))) == .refused)
        #expect(form.fields.errors.first { $0.label == "Lambang (PNG)" }?.message.contains("tidak ditemukan") == true)
        let notPNG = FileManager.default.temporaryDirectory.appendingPathComponent("lambang-\(UUID().uuidString).png")
        try Data("bukan png, hanya teks biasa yang cukup panjang".utf8).write(to: notPNG)
        defer { try? FileManager.default.removeItem(at: notPNG) }
        form.fields["logo"] = notPNG.path
        #expect(form.handle(.key(.function(2))) == .refused)
        #expect(form.fields.errors.first { $0.label == "Lambang (PNG)" }?.message.contains("bukan gambar PNG") == true)
    }

    @Test func aPNGIsHandedToTheEffectAndAnEmptyFieldSavesWithout() throws {
        let png = FileManager.default.temporaryDirectory.appendingPathComponent("lambang-\(UUID().uuidString).png")
        try Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAIAAAADCAYAAAC56t6BAAAAEklEQVR4nGNgYGD4z8DAwMDAAAAJAAFp3Hc3AAAAAElFTkSuQmCC")!.write(to: png)
        defer { try? FileManager.default.removeItem(at: png) }
        var form = Self.form()
        form.fields["logo"] = png.path
        guard case .saveWithLogo(let profile, let path) = form.handle(.key(.function(2))) else { Issue.record("tidak disimpan"); return }
        #expect(path == png.path && profile.regionCode == Fixture.profile.regionCode)
        form.fields["logo"] = ""
        guard case .save(let without) = form.handle(.key(.function(2))) else { Issue.record("tidak disimpan"); return }
        #expect(without.logo == nil)
        // An unchanged logo (its file name shown) is kept as it is.
        var existing = Fixture.profile
        existing.logo = ProfileLogo(sha256: String(repeating: "a", count: 64), fileName: "lambang.png", size: 10)
        var kept = Self.form(existing: existing)
        guard case .save(let same) = kept.handle(.key(.function(2))) else { Issue.record("tidak disimpan"); return }
        #expect(same.logo == existing.logo)
    }
}
