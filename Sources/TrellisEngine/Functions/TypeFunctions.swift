enum TypeFunctions { static let all: [ScalarFunction] = [] }
