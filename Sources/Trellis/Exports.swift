// The embedding face re-exports the value vocabulary and result types.
@_exported import TrellisCore
@_exported import struct TrellisEngine.QueryResult
@_exported import struct TrellisEngine.UpdateStatistics
@_exported import struct TrellisEngine.NodeSnapshot
@_exported import struct TrellisEngine.RelationshipSnapshot
@_exported import struct TrellisEngine.GraphSnapshot
@_exported import struct TrellisEngine.Procedure
@_exported import struct TrellisEngine.StatementLimits
@_exported import struct TrellisGraph.GraphSchema
@_exported import struct TrellisEngine.ResultEntities
