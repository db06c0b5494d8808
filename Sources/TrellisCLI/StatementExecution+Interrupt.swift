import Trellis
import TrellisServe

extension StatementExecution {
    /// Runs `text` with `parameters`, returning when it finishes or has been cancelled by Ctrl-C.
    func run(_ text: String, parameters: [String: Value]) -> Outcome {
        let database = self.database
        let baseline = InterruptSignal.interruptCount
        return run(cancellingWhen: { InterruptSignal.interruptCount != baseline }) {
            try database.execute(text, parameters: parameters)
        }
    }
}
