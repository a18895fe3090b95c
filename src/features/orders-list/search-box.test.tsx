// The pause before a search, on a clock the test moves: keystrokes closer than the pause send
// one search, whatever the machine's load.
import { act, fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { SEARCH_DEBOUNCE_MS, SearchBox } from "./search-box";

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** The box with its search in state, as the list keeps it in the address. */
function Host({ onSearch }: { onSearch: (q: string, first: boolean) => void }) {
  const [value, setValue] = useState("");
  return (
    <SearchBox
      value={value}
      onSearch={(q, first) => {
        onSearch(q, first);
        setValue(q);
      }}
    />
  );
}

function typeSlowly(box: HTMLElement, text: string, gapMs: number) {
  for (let i = 1; i <= text.length; i++) {
    fireEvent.change(box, { target: { value: text.slice(0, i) } });
    act(() => vi.advanceTimersByTime(gapMs));
  }
}

describe("search box", () => {
  it("searches once, after typing pauses, with the text trimmed", () => {
    const onSearch = vi.fn();
    render(<Host onSearch={onSearch} />);
    const box = screen.getByRole("searchbox", { name: "Search orders" });
    typeSlowly(box, "#1003 ", SEARCH_DEBOUNCE_MS - 50);
    expect(onSearch).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(50));
    expect(onSearch.mock.calls).toEqual([["#1003", true]]);
    expect(box).toHaveValue("#1003 ");
  });

  it("searches at once on Enter", () => {
    const onSearch = vi.fn();
    render(<Host onSearch={onSearch} />);
    const box = screen.getByRole("searchbox", { name: "Search orders" });
    fireEvent.change(box, { target: { value: "grace@" } });
    fireEvent.keyDown(box, { key: "Enter" });
    expect(onSearch.mock.calls).toEqual([["grace@", true]]);
    act(() => vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS));
    expect(onSearch).toHaveBeenCalledTimes(1);
  });
});
