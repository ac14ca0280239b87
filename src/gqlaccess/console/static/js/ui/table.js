// The one table of the console: every list uses it. Sorting by clickable headers (aria-sort),
// cursor pages (the API's `first`/`after`; a stack of cursors gives "previous"), and an optional
// row selection kept across pages by row key.
import { useCallback, useEffect, useRef, useState } from "preact/hooks";
import { html } from "./html.js";
import { Alert } from "./forms.js";
import { t } from "../i18n.js";

/**
 * Cursor pages over a connection. `load(after)` returns the connection
 * ({edges, pageInfo, totalCount}); `deps` restart from the first page when they change.
 */
export function useCursorPages(load, deps) {
  // `source`: the loader that produced this state; a render with new filters but the old rows is
  // still loading (the effect that fetches runs after that render).
  const [state, setState] = useState({ loading: true, error: null, connection: null, source: null });
  const [cursors, setCursors] = useState([null]); // cursors[i] = `after` of page i
  const generation = useRef(0);

  const fetchPage = useCallback(async (after) => {
    const mine = ++generation.current;
    setState((previous) => ({ ...previous, loading: true, error: null }));
    try {
      const connection = await load(after);
      if (mine === generation.current) setState({ loading: false, error: null, connection, source: fetchPage });
    } catch (error) {
      if (mine === generation.current) setState({ loading: false, error, connection: null, source: fetchPage });
    }
  }, deps); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    setCursors([null]);
    fetchPage(null);
  }, [fetchPage]);

  const page = cursors.length;
  return {
    ...state,
    loading: state.loading || state.source !== fetchPage,
    rows: state.connection ? state.connection.edges.map((edge) => edge.node) : [],
    totalCount: state.connection?.totalCount ?? null,
    page,
    hasNext: Boolean(state.connection?.pageInfo.hasNextPage),
    hasPrevious: page > 1,
    next() {
      const after = state.connection.pageInfo.endCursor;
      setCursors([...cursors, after]);
      fetchPage(after);
    },
    previous() {
      const stack = cursors.slice(0, -1);
      setCursors(stack);
      fetchPage(stack[stack.length - 1]);
    },
    reload() { fetchPage(cursors[cursors.length - 1]); },
  };
}

function SortHeader({ column, sort, onSort }) {
  const active = sort && sort.field === column.sortKey;
  const ariaSort = active ? (sort.direction === "ASC" ? "ascending" : "descending") : undefined;
  return html`<th scope="col" aria-sort=${ariaSort}>
    <button type="button" class="sort" onClick=${() => onSort(column.sortKey)}>
      ${column.label}${active ? (sort.direction === "ASC" ? " ▲" : " ▼") : ""}
    </button>
  </th>`;
}

/**
 * columns: [{key, label, sortKey?, render(row)}]; pages: the value of useCursorPages (or a
 * plain {rows, loading, error} for a short list); selection: {selected: Set, onChange, canSelect,
 * label(row)} or null.
 */
export function DataTable({ caption, columns, pages, rowKey, sort, onSort, selection, rowProps }) {
  const { rows, loading, error } = pages;
  const selectable = selection ? rows.filter((row) => selection.canSelect(row)) : [];
  const allChecked = selectable.length > 0 && selectable.every((row) => selection.selected.has(rowKey(row)));

  function toggle(row, on) {
    const next = new Set(selection.selected);
    if (on) next.add(rowKey(row)); else next.delete(rowKey(row));
    selection.onChange(next);
  }
  function toggleAll(on) {
    const next = new Set(selection.selected);
    for (const row of selectable) { if (on) next.add(rowKey(row)); else next.delete(rowKey(row)); }
    selection.onChange(next);
  }

  return html`<div class="table-wrap">
    <${Alert} error=${error} onRetry=${pages.reload} />
    <table class="data" aria-busy=${loading ? "true" : "false"}>
      <caption>${caption}</caption>
      <thead><tr>
        ${selection && html`<th scope="col">
          <input type="checkbox" aria-label=${t("common.selectAll")} checked=${allChecked}
            disabled=${!selectable.length} onChange=${(event) => toggleAll(event.currentTarget.checked)} />
        </th>`}
        ${columns.map((column) => column.sortKey
          ? html`<${SortHeader} column=${column} sort=${sort} onSort=${onSort} />`
          : html`<th scope="col">${column.label}</th>`)}
      </tr></thead>
      <tbody>
        ${rows.map((row) => html`<tr key=${rowKey(row)} data-key=${rowKey(row)} ...${rowProps ? rowProps(row) : {}}>
          ${selection && html`<td>
            <input type="checkbox" aria-label=${selection.label(row)} checked=${selection.selected.has(rowKey(row))}
              disabled=${!selection.canSelect(row)} onChange=${(event) => toggle(row, event.currentTarget.checked)} />
          </td>`}
          ${columns.map((column) => html`<td>${column.render(row)}</td>`)}
        </tr>`)}
        ${!loading && !error && rows.length === 0 && html`<tr><td colspan=${columns.length + (selection ? 1 : 0)}>${t("common.empty")}</td></tr>`}
      </tbody>
    </table>
    ${pages.next && (pages.hasNext || pages.hasPrevious) && html`<nav class="pager" aria-label=${t("common.page", { page: pages.page })}>
      <button type="button" disabled=${!pages.hasPrevious || loading} onClick=${pages.previous}>${t("common.previous")}</button>
      <span>${t("common.page", { page: pages.page })}</span>
      <button type="button" disabled=${!pages.hasNext || loading} onClick=${pages.next}>${t("common.next")}</button>
    </nav>`}
  </div>`;
}

/** The next sort when a header is clicked: same field flips, a new field starts ascending. */
export function nextSort(sort, field) {
  if (sort && sort.field === field) return { field, direction: sort.direction === "ASC" ? "DESC" : "ASC" };
  return { field, direction: "ASC" };
}
