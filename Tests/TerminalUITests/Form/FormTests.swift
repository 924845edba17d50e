import Testing
@testable import TerminalUI

@Suite(.englishToolkit) struct FormTests {
    static func sample() -> Form {
        Form(groups: [
            FormGroup(title: "Identitas", fields: [
                FormField(id: "nama", label: "Nama", help: "Nama lengkap sesuai SK.", input: .text(TextField()), validators: [.required()]),
                FormField(id: "tanggal", label: "Tanggal", input: .date(DateField()), validators: [.required("Tanggal wajib diisi.")]),
            ]),
            FormGroup(title: "Anggaran", fields: [
                FormField(id: "nilai", label: "Nilai", input: .number(NumberField()), validators: [.required(), .minimumAmount(1000)]),
                FormField(id: "catatan", label: "Catatan", input: .area(TextArea(), rows: 3)),
            ]),
        ])
    }

    func type(_ s: String, _ form: inout Form) { for ch in s { _ = form.handle(.key(.char(ch))) } }

    @Test func nextIsBlockedWhileTheGroupHasErrors() {
        var f = Self.sample()
        #expect(f.handle(.key(.ctrl("n"))) == .blocked)
        #expect(f.groupIndex == 0)
        #expect(f.visibleErrors == ["nama": "Required.", "tanggal": "Tanggal wajib diisi."])
        Snapshot.assert(drawn(width: 60, height: 12) { f.draw(in: Rect(x: 0, y: 0, width: 60, height: 12), buffer: &$0) }, named: "form-blocked")
        type("Siti Ñurhaliza", &f)
        _ = f.handle(.key(.tab))
        type("31022025", &f)
        #expect(f.handle(.key(.ctrl("n"))) == .blocked)
        #expect(f.visibleErrors["tanggal"] == "Date 31-02-2025 does not exist: February 2025 has only 28 days. Correct the date.")
        for _ in 0..<4 { _ = f.handle(.key(.backspace)) }
        type("01032025", &f)
        #expect(f.handle(.key(.ctrl("n"))) == .blocked)  // 8 digits already, extra refused; still invalid
        for _ in 0..<8 { _ = f.handle(.key(.backspace)) }
        type("01032025", &f)
        #expect(f.handle(.key(.ctrl("n"))) == .movedToGroup(1))
    }

    @Test func pastedNewlineDoesNotPressNext() {
        var f = Self.sample()
        #expect(f.handle(.paste("Budi\n")) == .handled)
        #expect(f.focusIndex == 0)
        #expect(f.groupIndex == 0)
    }

    @Test func goingBackKeepsEveryAnswerAndDirtinessIsTracked() {
        var f = Self.sample()
        #expect(!f.isDirty)
        type("Budi", &f)
        #expect(f.isDirty)
        _ = f.handle(.key(.tab))
        type("17082025", &f)
        #expect(f.handle(.key(.enter)) == .movedToGroup(1))
        type("2500", &f)
        #expect(f.handle(.key(.ctrl("p"))) == .movedToGroup(0))
        #expect(f.values["nama"] == .text("Budi"))
        #expect(f.values["nilai"] == .money(2500))
        f.markSaved()
        #expect(!f.isDirty)
        Snapshot.assert(drawn(width: 60, height: 12) { f.draw(in: Rect(x: 0, y: 0, width: 60, height: 12), buffer: &$0) }, named: "form-filled")
    }

    @Test func lastGroupCompletes() {
        var f = Self.sample()
        type("Budi", &f)
        _ = f.handle(.key(.tab))
        type("17082025", &f)
        _ = f.handle(.key(.ctrl("n")))
        type("500", &f)
        #expect(f.handle(.key(.ctrl("n"))) == .blocked)
        #expect(f.visibleErrors["nilai"] == "At least 1,000.")
        type("0", &f)
        #expect(f.handle(.key(.ctrl("n"))) == .completed)
    }
}
