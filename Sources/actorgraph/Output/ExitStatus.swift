import ActorGraph
import ArgumentParser
import Foundation

/// The one exit-status rule every command follows, so that scripts can trust it.
///
/// - 0: answered. An empty answer is still an answer; the command says so on stderr.
/// - 1: the data: the dataset or a view file is missing, unreadable or has errors; `validate`
///   found errors; `build --check` found stale diagrams; an output could not be drawn or written.
/// - 2: usage: an unknown command or option, a malformed value, a name that matches no actor,
///   kind or type.
enum ExitStatus: Int32 {
  case answered = 0
  case dataError = 1
  case usageError = 2

  /// The rule as `--help` prints it.
  static let helpText = """
    EXIT STATUS: 0 answered (an empty answer says so on stderr); 1 data errors (invalid or \
    unreadable data, stale diagrams, balance worse than its baseline, an output that cannot be written); 2 usage errors (unknown \
    command, option, actor, kind or type; a malformed value).
    """
}

/// The `--help` footer every command ends with: its examples, then the exit-status rule.
func helpFooter(_ examples: [String]) -> String {
  "\n\nEXAMPLES:\n" + examples.map { "  actorgraph " + $0 }.joined(separator: "\n") + "\n\n" + ExitStatus.helpText
}

/// Says on stderr that a query found nothing, so an empty stdout is never mistaken for a failure.
func reportEmpty(_ message: String) {
  printError(message)
}

extension ActorGraphCommand {
  /// Parses and runs a command, mapping every failure to the documented ``ExitStatus``.
  ///
  /// ArgumentParser alone exits 64 for usage errors and 1 for everything else; the rule here is
  /// 2 for usage and 1 for data, the same in every command.
  static func runMapped(_ arguments: [String]) -> Int32 {
    if let hint = unknownSubcommandHint(arguments) {
      printError("error: \(hint)")
      return ExitStatus.usageError.rawValue
    }
    var command: ParsableCommand
    do {
      command = try parseAsRoot(arguments)
    } catch {
      let code = exitCode(for: error)
      let message = fullMessage(for: error)
      if code == .success {
        if !message.isEmpty { print(message) }
        return 0
      }
      printError(message)
      return ExitStatus.usageError.rawValue
    }
    do {
      try command.run()
      return 0
    } catch let e as CLIError {
      printError("error: \(e.message)")
      return e.status.rawValue
    } catch let e as ValidationError {
      printError("error: \(e.message)")
      printError("  see 'actorgraph help \(type(of: command)._commandName)'")
      return ExitStatus.usageError.rawValue
    } catch let e as ExitCode {
      return e.rawValue
    } catch {
      // Help and version requests arrive as errors that mean success.
      let code = exitCode(for: error)
      let message = fullMessage(for: error)
      if code == .success {
        if !message.isEmpty { print(message) }
        return 0
      }
      printError(message.isEmpty ? "error: \(error)" : message)
      return ExitStatus.dataError.rawValue
    }
  }

  /// "unknown command 'atacks'; did you mean 'attacks'?" when the first word names no command.
  static func unknownSubcommandHint(_ arguments: [String]) -> String? {
    guard let first = arguments.first, !first.hasPrefix("-") else { return nil }
    let names = ["help"] + configuration.subcommands.map { $0._commandName }
    guard !names.contains(first) else { return nil }
    return "unknown command '\(first)'; \(Suggest.hint(first, names.filter { $0 != "help" }))"
  }
}
