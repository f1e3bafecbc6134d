import CCbc

/// A mixed-integer linear program to minimise, held as plain Swift values.
///
/// This module is the seam to COIN-OR CBC (Debian's `coinor-libcbc-dev`, EPL-2.0): it is the only
/// module that imports the C library, and nothing outside it sees a C pointer. CBC was chosen over
/// GLPK because GLPK is GPL-3 and linking it would put the whole MIT-licensed tool under the GPL;
/// CBC is EPL-2.0, which allows linking from MIT code, and it is a maintained branch-and-cut solver
/// with cutting planes GLPK lacks.
///
/// ```swift
/// var p = IntegerProgram()
/// let x = p.addVariable(cost: 1, integer: true)
/// let y = p.addVariable(cost: 1, integer: true)
/// p.addRow([(x, 1), (y, 1)], atLeast: 1)
/// let s = p.solve(timeLimit: 10)
/// print(s.objective)  // Prints "1.0"
/// ```
public struct IntegerProgram: Sendable {
  /// Objective coefficient of each variable (the program minimises their sum).
  public private(set) var costs: [Double] = []
  /// Lower bound of each variable.
  public private(set) var lowerBounds: [Double] = []
  /// Upper bound of each variable.
  public private(set) var upperBounds: [Double] = []
  /// Whether each variable must take an integer value.
  public private(set) var isInteger: [Bool] = []
  /// Rows: sparse coefficients, and `lower ≤ Σ coefficient·variable ≤ upper`.
  public private(set) var rows: [Row] = []

  /// One linear constraint.
  public struct Row: Sendable {
    /// The variables with a nonzero coefficient, by index.
    public var variables: [Int32]
    /// Their coefficients, parallel to ``variables``.
    public var coefficients: [Double]
    /// The least the sum may be (`-.infinity` for none).
    public var lower: Double
    /// The most the sum may be (`.infinity` for none).
    public var upper: Double
  }

  /// Creates an empty program.
  public init() {}

  /// The number of variables.
  public var variableCount: Int { costs.count }

  /// Adds a variable with bounds `lower ... upper` (binary by default) and returns its index.
  @discardableResult
  public mutating func addVariable(
    cost: Double, lower: Double = 0, upper: Double = 1, integer: Bool = true
  ) -> Int32 {
    costs.append(cost)
    lowerBounds.append(lower)
    upperBounds.append(upper)
    isInteger.append(integer)
    return Int32(costs.count - 1)
  }

  /// Adds `Σ coefficient·variable ≥ bound`.
  public mutating func addRow(_ terms: [(Int32, Double)], atLeast bound: Double) {
    rows.append(Row(variables: terms.map(\.0), coefficients: terms.map(\.1), lower: bound, upper: .infinity))
  }

  /// Adds `Σ coefficient·variable ≤ bound`.
  public mutating func addRow(_ terms: [(Int32, Double)], atMost bound: Double) {
    rows.append(Row(variables: terms.map(\.0), coefficients: terms.map(\.1), lower: -.infinity, upper: bound))
  }

  /// Fixes a variable to a value (used to break symmetry).
  public mutating func fix(_ variable: Int32, to value: Double) {
    lowerBounds[Int(variable)] = value
    upperBounds[Int(variable)] = value
  }
}

/// What the solver established about an ``IntegerProgram``.
public struct IntegerSolution: Sendable, Hashable {
  /// How the search ended.
  public enum Status: String, Sendable, Hashable, Codable {
    /// The incumbent is proven optimal.
    case optimal
    /// The time limit stopped the search; the incumbent is the best found, `bound` is proven.
    case timeLimit = "time-limit"
    /// No assignment satisfies the rows.
    case infeasible
    /// CBC gave up (numerical trouble) or stopped for another reason.
    case failed
  }

  /// How the search ended.
  public var status: Status
  /// Values of the best assignment found; empty when none was found.
  public var values: [Double]
  /// Objective of `values` (`.infinity` when none).
  public var objective: Double
  /// A proven lower bound on the optimum (equal to `objective` when optimal).
  public var bound: Double
  /// Branch-and-bound nodes explored.
  public var nodes: Int
}

extension IntegerProgram {
  /// Solves the program with CBC.
  ///
  /// - Parameters:
  ///   - timeLimit: Seconds of search; past it the best assignment and the proven bound are returned.
  ///   - threads: CBC threads. Runs are deterministic for a given thread count (CBC's deterministic
  ///     parallel mode) unless the time limit cuts them short.
  ///   - start: A feasible assignment of every variable to start from (its objective becomes the
  ///     first incumbent), or `nil`.
  /// - Complexity: Exponential in the worst case (mixed-integer programming is NP-hard); bounded by
  ///   `timeLimit`.
  public func solve(timeLimit: Double, threads: Int = 1, start: [Double]? = nil) -> IntegerSolution {
    guard let model = Cbc_newModel() else {
      return IntegerSolution(status: .failed, values: [], objective: .infinity, bound: 0, nodes: 0)
    }
    defer { Cbc_deleteModel(model) }
    Cbc_setLogLevel(model, 0)
    for j in 0..<variableCount {
      Cbc_addCol(model, "x\(j)", lowerBounds[j], upperBounds[j], costs[j], isInteger[j] ? 1 : 0, 0, nil, nil)
    }
    for row in rows {
      row.variables.withUnsafeBufferPointer { cols in
        row.coefficients.withUnsafeBufferPointer { coefs in
          if row.lower.isFinite {
            Cbc_addRow(model, "", Int32(cols.count), cols.baseAddress, coefs.baseAddress, CChar(UInt8(ascii: "G")), row.lower)
          }
          if row.upper.isFinite {
            Cbc_addRow(model, "", Int32(cols.count), cols.baseAddress, coefs.baseAddress, CChar(UInt8(ascii: "L")), row.upper)
          }
        }
      }
    }
    Cbc_setObjSense(model, 1)
    if let start, start.count == variableCount {
      let indices = (0..<Int32(variableCount)).map { $0 }
      indices.withUnsafeBufferPointer { i in
        start.withUnsafeBufferPointer { v in Cbc_setMIPStartI(model, Int32(variableCount), i.baseAddress, v.baseAddress) }
      }
    }
    // The limit is wall-clock time: CBC counts the CPU time of the whole process by default, so in a
    // process with other busy threads (a test runner, a server) a small program could run out of
    // "time" within seconds and come back unproven.
    Cbc_setParameter(model, "timeMode", "elapsed")
    Cbc_setMaximumSeconds(model, max(0.01, timeLimit))
    Cbc_setAllowableGap(model, 1e-6)
    Cbc_setAllowableFractionGap(model, 0)
    Cbc_setAllowablePercentageGap(model, 0)
    // 100 + n: CBC's deterministic parallel mode with n threads.
    if threads > 1 { Cbc_setParameter(model, "threads", "\(100 + threads)") }
    Cbc_solve(model)

    let n = variableCount
    var values: [Double] = []
    if let p = Cbc_bestSolution(model) { values = Array(UnsafeBufferPointer(start: p, count: n)) }
    let objective = values.isEmpty ? Double.infinity : Cbc_getObjValue(model)
    let status: IntegerSolution.Status
    if Cbc_isProvenOptimal(model) != 0 {
      status = .optimal
    } else if !values.isEmpty, Cbc_getBestPossibleObjValue(model) >= objective - 1e-9 {
      // Stopped, but the proven bound has reached the incumbent: that is a proof of optimality.
      status = .optimal
    } else if Cbc_isProvenInfeasible(model) != 0 {
      status = .infeasible
    } else if Cbc_isSecondsLimitReached(model) != 0 {
      status = .timeLimit
    } else {
      status = .failed
    }
    let bound = status == .optimal ? objective : Cbc_getBestPossibleObjValue(model)
    return IntegerSolution(
      status: status, values: values, objective: objective, bound: bound, nodes: Int(Cbc_getNodeCount(model)))
  }
}
