enum DateFunctions { static let all: [ScalarFunction] = [] }
