using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Metadata;

namespace FrontDoor.Data;

/// <summary>
/// A query on a hot path, compiled once rather than its expression looked up in EF's query cache on every call.
/// A compiled query keeps to the model it first ran with, so each model (SQLite's, PostgreSQL's) has its own:
/// the tests run both databases in one process.
/// </summary>
/// <param name="compile">Makes the query, with <c>EF.CompileAsyncQuery</c>.</param>
public sealed class CompiledQuery<TQuery>(Func<TQuery> compile) where TQuery : class
{
    readonly ConditionalWeakTable<IModel, TQuery> byModel = [];

    public TQuery For(FrontDoorDb db) => byModel.GetValue(db.Model, _ => compile());
}
