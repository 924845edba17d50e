/// The widget inside a form field.
public enum FieldInput: Sendable {
    case text(TextField)
    case area(TextArea, rows: Int)
    case date(DateField)
    case number(NumberField)
    case pick(PickList, rows: Int)
    case check(CheckList, rows: Int)
    case yesNo(YesNoField)
    /// A row of a few named options.
    case choice(ChoiceField)
    /// A widget of the application's own (`FormInput`).
    case custom(any FormInput)

    var value: FieldValue {
        switch self {
        case .text(let f): .text(f.text)
        case .area(let a, _): .text(a.text)
        case .date(let d): .date(d.date, raw: String(d.digits))
        case .number(let r): .money(r.amount)
        case .pick(let p, _): .choice(p.selected)
        case .check(let c, _): .choices(c.checked)
        case .yesNo(let y): .flag(y.value)
        case .choice(let c): .choice(c.selected)
        case .custom(let c): c.value
        }
    }

    /// Rows the input takes on screen.
    var rows: Int {
        switch self {
        case .text, .date, .number, .yesNo, .choice: 1
        case .area(_, let r), .pick(_, let r), .check(_, let r): max(1, r)
        case .custom(let c): max(1, c.rows)
        }
    }

    /// Whether Up/Down belong to the widget (lists, text areas) rather than moving between fields.
    var usesVerticalKeys: Bool {
        switch self {
        case .text, .date, .number, .yesNo, .choice: false
        case .custom(let c): c.usesVerticalKeys
        default: true
        }
    }

    /// Problems the widget knows about by itself (a date that is not on the calendar).
    var intrinsicError: String? {
        if case .date(let d) = self { return d.problem }
        if case .custom(let c) = self { return c.problem }
        return nil
    }

    /// Selects a prefilled value, as a browser does when a field is entered (text, date, number).
    public mutating func selectAll() {
        switch self {
        case .text(var w): w.selectAll(); self = .text(w)
        case .date(var w): w.selectAll(); self = .date(w)
        case .number(var w): w.selectAll(); self = .number(w)
        case .custom(var w): w.selectAll(); self = .custom(w)
        case .area, .pick, .check, .yesNo, .choice: break
        }
    }

    /// Handles an event; when the widget refuses it, the second value may say why.
    mutating func handle(_ event: Event) -> (WidgetOutcome, String?) {
        if case .custom(var w) = self { let o = w.handle(event); self = .custom(w); return o }
        return (handleBuiltIn(event), nil)
    }

    private mutating func handleBuiltIn(_ event: Event) -> WidgetOutcome {
        switch self {
        case .text(var w): let o = w.handle(event); self = .text(w); return o
        case .area(var w, let r): let o = w.handle(event); self = .area(w, rows: r); return o
        case .date(var w): let o = w.handle(event); self = .date(w); return o
        case .number(var w): let o = w.handle(event); self = .number(w); return o
        case .pick(var w, let r): let o = w.handle(event); self = .pick(w, rows: r); return o
        case .check(var w, let r): let o = w.handle(event); self = .check(w, rows: r); return o
        case .yesNo(var w): let o = w.handle(event); self = .yesNo(w); return o
        case .choice(var w): let o = w.handle(event); self = .choice(w); return o
        case .custom: return .ignored
        }
    }

    func draw(in rect: Rect, buffer: inout Buffer, focused: Bool) {
        switch self {
        case .text(let w): w.draw(in: rect, buffer: &buffer, focused: focused)
        case .area(let w, _): w.draw(in: rect, buffer: &buffer, focused: focused)
        case .date(let w): w.draw(in: rect, buffer: &buffer, focused: focused)
        case .number(let w): w.draw(in: rect, buffer: &buffer, focused: focused)
        case .pick(let w, _): w.draw(in: rect, buffer: &buffer, focused: focused)
        case .check(let w, _): w.draw(in: rect, buffer: &buffer, focused: focused)
        case .yesNo(let w): w.draw(in: rect, buffer: &buffer, focused: focused)
        case .choice(let w): w.draw(in: rect, buffer: &buffer, focused: focused)
        case .custom(let w): w.draw(in: rect, buffer: &buffer, focused: focused)
        }
    }

    /// Columns the input takes out of `available` in a stacked form: short answers, short fields.
    func width(available: Int) -> Int {
        switch self {
        case .number: min(available, 40)
        case .date, .yesNo: available
        case .text, .area, .pick, .check, .choice: min(available, 96)
        case .custom(let c): c.width(available: available)
        }
    }

    /// Columns the input takes out of `available` in the column layout: a short answer (a year,
    /// an amount) gets a short field, everything else the whole row.
    func columnWidth(available: Int) -> Int {
        switch self {
        case .number: width(available: available)
        case .text(let t) where (t.maxLength ?? .max) <= 8: min(available, (t.maxLength ?? 0) + 2)
        default: available
        }
    }

    /// The widget's own keys.
    public var bindings: [KeyBinding] {
        switch self {
        case .text(let w): w.bindings
        case .area(let w, _): w.bindings
        case .date(let w): w.bindings
        case .number(let w): w.bindings
        case .pick(let w, _): w.bindings
        case .check(let w, _): w.bindings
        case .yesNo(let w): w.bindings
        case .choice(let w): w.bindings
        case .custom(let w): w.bindings
        }
    }
}

/// One question of a form: a label, a widget, help text and the rules its answer must meet.
public struct FormField: Sendable {
    /// Stable key for the answer (the app maps it to its model).
    public var id: String
    public var label: String
    /// One line shown while the field has focus: what to write and why it is asked.
    public var help: String
    public var input: FieldInput
    public var validators: [FieldCheck]

    public init(id: String, label: String, help: String = "", input: FieldInput, validators: [FieldCheck] = []) {
        self.id = id; self.label = label; self.help = help; self.input = input; self.validators = validators
    }

    /// A one-line text field bound to `value`: required (the message names the label) and/or
    /// checked by `check` on the typed text.
    public static func line(_ id: String, _ label: String, help: String = "", value: String = "", required: Bool = false,
                            maxLength: Int? = nil, check: (@Sendable (String) -> String?)? = nil) -> FormField {
        var validators: [FieldCheck] = []
        if required { validators.append(.required(label: label)) }
        if let check { validators.append(.text(check)) }
        return FormField(id: id, label: label, help: help, input: .text(TextField(value, maxLength: maxLength)), validators: validators)
    }

    public var value: FieldValue { input.value }

    /// The first problem with the current answer, or nil.
    public var error: String? {
        if let e = input.intrinsicError { return e }
        for v in validators { if let m = v.check(value) { return m } }
        return nil
    }
}

/// A page of a form: the fields that are filled and checked together before moving on.
public struct FormGroup: Sendable {
    public var title: String
    /// A line of explanation under the heading (why the group is asked), in the stacked layout.
    public var note: String?
    public var fields: [FormField]
    public init(title: String, note: String? = nil, fields: [FormField]) { self.title = title; self.note = note; self.fields = fields }
}
