import MufakatDomain
import MufakatServices
import MufakatStore
import TerminalUI

/// The modal question on top of a screen, and what answering it means.
struct ShellDialog: Sendable {
    enum Purpose: Sendable, Equatable {
        /// Unsaved changes and the officer wants to quit: save, discard or stay.
        case quit
        /// Unsaved changes and the editor is closing: save, discard or stay.
        case closeEditor
        /// Leave the new-cooperation screen, losing its answers.
        case discardNew
        /// A draft newer than the saved revision was found when opening.
        case recoverDraft(StoredCooperation, CooperationDraft, lockedBy: LockHolder?)
        /// Drafts found at start: open the first one?
        case startupDrafts([CooperationDraft])
        /// Someone else has it open.
        case lockHeld(StoredCooperation, CooperationDraft?, LockHolder)
        /// Another process saved meanwhile.
        case conflict(mine: Cooperation, theirs: StoredCooperation)
        /// The field-by-field merge of a conflict: one answer both sides changed.
        case mergeField(MergeQuestion)
        /// A conflict a sync left on a cooperation (the merge is in `merge`).
        case syncConflict
        /// Information only.
        case message
    }

    var purpose: Purpose
    var dialog: Dialog
    /// With a conflict: the field-by-field merge that "Gabungkan" starts.
    var merge: MergeQuestion? = nil

    static func quit() -> ShellDialog {
        ShellDialog(purpose: .quit, dialog: .choose("Keluar dari Mufakat?", "Ada perubahan yang belum disimpan. Simpan dulu sebelum keluar? Buang berarti perubahan sejak penyimpanan terakhir hilang.",
                                                    options: ["Simpan & keluar", "Buang & keluar", "Batal"]))
    }

    static func closeEditor(title: String) -> ShellDialog {
        ShellDialog(purpose: .closeEditor, dialog: .choose("Tutup kerja sama?", "Ada perubahan yang belum disimpan pada \"\(title)\". Simpan dulu?",
                                                           options: ["Simpan & tutup", "Buang & tutup", "Batal"]))
    }

    static func discardNew() -> ShellDialog {
        ShellDialog(purpose: .discardNew, dialog: .choose("Batalkan kerja sama baru?", "Jawaban pada layar kerja sama baru belum disimpan dan akan hilang.",
                                                          options: ["Lanjutkan mengisi", "Buang jawaban"]))
    }

    static func recoverDraft(_ item: StoredCooperation, _ draft: CooperationDraft, lockedBy: LockHolder?) -> ShellDialog {
        var text = "Ada draf tersimpan otomatis pada \(draft.savedAt.shellDisplay) yang lebih baru dari revisi \(item.revision) (\(item.savedAt.shellDisplay))."
        let count = CooperationDiff.differences(mine: draft.cooperation, theirs: item.cooperation).count
        text += " Draf berbeda pada \(count) isian."
        if let base = draft.basedOnRevision, base != item.revision {
            text += " Draf berangkat dari revisi \(base); revisi \(item.revision) disimpan sesudahnya, jadi periksa kembali sebelum menyimpan."
        }
        return ShellDialog(purpose: .recoverDraft(item, draft, lockedBy: lockedBy),
                           dialog: .choose("Pulihkan draf?", text, options: ["Pulihkan draf", "Buang draf"]))
    }

    static func startupDrafts(_ drafts: [CooperationDraft]) -> ShellDialog {
        let first = drafts[0]
        var text = "Ada perubahan yang belum disimpan pada \"\(first.cooperation.title)\" (draf otomatis \(first.savedAt.shellDisplay))."
        if drafts.count > 1 { text += " Juga \(drafts.count - 1) kerja sama lain dengan draf." }
        text += " Buka sekarang untuk memulihkannya?"
        return ShellDialog(purpose: .startupDrafts(drafts), dialog: .choose("Draf belum disimpan", text, options: ["Buka dan pulihkan", "Nanti"]))
    }

    static func lockHeld(_ item: StoredCooperation, _ draft: CooperationDraft?, _ holder: LockHolder) -> ShellDialog {
        ShellDialog(purpose: .lockHeld(item, draft, holder),
                    dialog: .choose("Sedang dibuka di tempat lain", "\"\(item.cooperation.title)\" sedang dibuka oleh \(holder.description). Bila Anda juga menyunting, penyimpanan yang kedua akan diminta memilih perubahan mana yang dipakai. Lihat saja membukanya hanya-baca.",
                                    options: ["Buka juga", "Lihat saja", "Batal"]))
    }

    /// The conflict question with a three-way merge: Gabungkan (default), theirs, cancel.
    static func conflict(_ merge: MergeQuestion, theirs: StoredCooperation, result: CooperationMerge.Result, labels: FieldLabels?) -> ShellDialog {
        let text = MergeQuestion.summary(result, labels: labels, intro: merge.intro)
        return ShellDialog(purpose: .conflict(mine: merge.mine, theirs: theirs),
                           dialog: .choose("Konflik penyimpanan", text, options: ["Gabungkan", "Ambil milik mereka", "Batal"]),
                           merge: merge)
    }

    /// A conflict a sync left: merge now, take one side whole (like `sync resolve --mine|--theirs`),
    /// or later (both revisions stay in history meanwhile).
    static func syncConflict(_ merge: MergeQuestion, result: CooperationMerge.Result, labels: FieldLabels?) -> ShellDialog {
        let text = MergeQuestion.summary(result, labels: labels, intro: merge.intro)
        return ShellDialog(purpose: .syncConflict, dialog: .choose("Konflik sinkronisasi", text, options: ["Gabungkan", "Pakai milik saya", "Pakai milik mereka", "Nanti"]), merge: merge)
    }

    static func mergeField(_ merge: MergeQuestion, labels: FieldLabels?) -> ShellDialog {
        ShellDialog(purpose: .mergeField(merge), dialog: merge.fieldDialog(labels: labels))
    }

    static func conflict(mine: Cooperation, theirs: StoredCooperation, labels: FieldLabels? = nil) -> ShellDialog {
        let diffs = CooperationDiff.differences(mine: mine, theirs: theirs.cooperation)
        var text = "Revisi \(theirs.revision) disimpan oleh \(theirs.savedBy) pada \(theirs.savedAt.shellDisplay) sementara Anda menyunting. Tidak ada yang ditimpa. Berbeda pada \(diffs.count) isian:"
        for d in diffs.prefix(6) {
            text += "\n• \(labels?.label(d.path) ?? d.path)\n  Anda: \(Self.short(d.mine))\n  Mereka: \(Self.short(d.theirs))"
        }
        if diffs.count > 6 { text += "\n… dan \(diffs.count - 6) isian lain." }
        return ShellDialog(purpose: .conflict(mine: mine, theirs: theirs),
                           dialog: .choose("Konflik penyimpanan", text, options: ["Pakai milik saya", "Ambil milik mereka", "Batal"]))
    }

    static func message(_ title: String, _ text: String) -> ShellDialog {
        ShellDialog(purpose: .message, dialog: .message(title, text))
    }

    static func short(_ s: String) -> String {
        let one = s.replacingOccurrences(of: "\n", with: " ")
        return one.count > 40 ? String(one.prefix(39)) + "…" : one
    }

    var bindings: [KeyBinding] { dialog.bindings }

    /// Draws the dialog over `rect`, clipping its text to the screen height.
    func draw(in rect: Rect, buffer: inout Buffer) {
        dialog.draw(in: rect, buffer: &buffer)
    }
}
