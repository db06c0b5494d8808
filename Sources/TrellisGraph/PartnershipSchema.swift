/// The schema of a partnership database: schools, authorities, regions, partnerships,
/// programmes, people, areas of practice, reviews, goals, activities and results.
extension GraphSchema {
    public static let partnership: GraphSchema = {
        typealias P = PropertyRule
        return GraphSchema(
            name: "partnership",
            nodes: [
                NodeRule("Region", [P("name", .string, unique: true)]),
                NodeRule("Authority", [P("code", .string, unique: true), P("name", .string, required: true), P("country", .string)]),
                NodeRule("School", [
                    P("urn", .integer, unique: true), P("name", .string, required: true),
                    P("phase", .string, allowedValues: ["primary", "secondary", "special", "all-through", "nursery"]),
                    P("type", .string), P("pupils", .integer), P("fsm", .number), P("lat", .number), P("lon", .number),
                    P("postcode", .string), P("rating", .string),
                ]),
                NodeRule("Partnership", [
                    P("id", .string, unique: true), P("name", .string, required: true),
                    P("kind", .string, allowedValues: ["cluster", "trust", "federation", "improvement-partnership"]),
                    P("formed", .date),
                ]),
                NodeRule("Programme", [P("name", .string, unique: true)]),
                NodeRule("Area", [P("name", .string, unique: true)]),
                NodeRule("Person", [P("id", .string, unique: true), P("name", .string), P("role", .string)]),
                NodeRule("Review", [
                    P("id", .string, unique: true), P("date", .date), P("round", .integer),
                    P("status", .string, allowedValues: ["planned", "done"]), P("findings", .string),
                ]),
                NodeRule("Goal", [P("id", .string, unique: true), P("heading", .string), P("text", .string), P("status", .string)]),
                NodeRule("Activity", [
                    P("id", .string, unique: true),
                    P("kind", .string, allowedValues: ["training", "workshop", "meeting", "inquiry"]),
                    P("date", .date), P("title", .string),
                ]),
                NodeRule("Result", [
                    P("id", .string, unique: true), P("year", .integer), P("measure", .string),
                    P("pupilGroup", .string, allowedValues: ["all", "disadvantaged"]), P("value", .number),
                ]),
            ],
            relationships: [
                RelationshipRule("IN_AUTHORITY", from: "School", to: "Authority"),
                RelationshipRule("IN_REGION", from: "Authority", to: "Region"),
                RelationshipRule("MEMBER_OF", from: "School", to: "Partnership",
                                 [P("since", .date), P("until", .date), P("role", .string, allowedValues: ["lead", "member"])]),
                RelationshipRule("IN_PROGRAMME", from: "Partnership", to: "Programme"),
                RelationshipRule("STRENGTH", from: "School", to: "Area", [P("level", .integer, integerRange: 1...3), P("evidence", .string)]),
                RelationshipRule("NEEDS", from: "School", to: "Area", [P("priority", .integer, integerRange: 1...3)]),
                RelationshipRule("WORKS_AT", from: "Person", to: "School", [P("role", .string)]),
                RelationshipRule("CHAMPIONS", from: "Person", to: "Area"),
                RelationshipRule("OF", from: "Review", to: "School"),
                RelationshipRule("BY", from: "Review", to: "School"),
                RelationshipRule("ON", from: "Review", to: "Area"),
                RelationshipRule("HAS_GOAL", from: "Partnership", to: "Goal"),
                RelationshipRule("HELD", from: "Partnership", to: "Activity"),
                RelationshipRule("ATTENDED", from: "Person", to: "Activity"),
                RelationshipRule("HAS_RESULT", from: "School", to: "Result"),
            ])
    }()
}
