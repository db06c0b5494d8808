/// Turns a parsed feature into runnable scenarios: every plain scenario once, every outline
/// once per example row, with `<placeholder>`s replaced in step texts, doc strings and tables.
public enum OutlineExpansion {
    /// The runnable scenarios of `feature`, in file order.
    public static func scenarios(of feature: FeatureDocument) -> [Scenario] {
        var result: [Scenario] = []
        for definition in feature.scenarios {
            let baseTags = feature.tags + definition.tags
            guard definition.isOutline else {
                result.append(Scenario(featureName: feature.name, name: definition.name, tags: baseTags,
                                       steps: feature.background + definition.steps, line: definition.line))
                continue
            }
            var exampleNumber = 0
            for examples in definition.examples {
                let names = examples.table.header
                for (offset, row) in examples.table.body.enumerated() {
                    exampleNumber += 1
                    var bindings: [String: String] = [:]
                    for (name, value) in zip(names, row) { bindings[name] = value }
                    let steps = definition.steps.map { substitute(bindings, in: $0) }
                    result.append(Scenario(featureName: feature.name, name: definition.name, exampleNumber: exampleNumber,
                                           tags: baseTags + examples.tags, steps: feature.background + steps,
                                           line: examples.rowLines.dropFirst().dropFirst(offset).first ?? examples.line))
                }
            }
        }
        return result
    }

    /// The step with every `<name>` bound in `bindings` replaced by its value.
    public static func substitute(_ bindings: [String: String], in step: GherkinStep) -> GherkinStep {
        var copy = step
        copy.text = substitute(bindings, in: step.text)
        switch step.argument {
        case .docString(let text):
            copy.argument = .docString(substitute(bindings, in: text))
        case .table(let table):
            copy.argument = .table(DataTable(rows: table.rows.map { $0.map { substitute(bindings, in: $0) } }))
        case nil:
            break
        }
        return copy
    }

    /// `text` with every `<name>` bound in `bindings` replaced; unknown placeholders stay as written.
    public static func substitute(_ bindings: [String: String], in text: String) -> String {
        guard !bindings.isEmpty, text.contains("<") else { return text }
        var output = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "<") {
            output += rest[..<open]
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: ">"),
               let value = bindings[String(rest[afterOpen..<close])] {
                output += value
                rest = rest[rest.index(after: close)...]
            } else {
                output.append("<")
                rest = rest[afterOpen...]
            }
        }
        output += rest
        return output
    }
}
