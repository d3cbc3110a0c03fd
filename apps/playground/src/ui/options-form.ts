import { normalizeOptions, type PlaygroundOptions } from "../logic/options.js";
import { saveOptions } from "./persist.js";

/**
 * Binds the options panel (and the SQL tab's dialect switch) to the options: shows the given ones, saves and reports
 * every change.
 */
export function bindOptions(initial: PlaygroundOptions, onChange: (options: PlaygroundOptions) => void) {
  const form = document.getElementById("options") as HTMLFormElement;
  const dialect = document.getElementById("dialect") as HTMLSelectElement;
  const show = (options: PlaygroundOptions) => {
    for (const [key, value] of Object.entries(options)) {
      const field = form.elements.namedItem(key) as HTMLInputElement | HTMLSelectElement | null;
      if (field) field.value = value;
    }
    dialect.value = options.dialect;
  };
  const update = (changes: Partial<Record<keyof PlaygroundOptions, string>>) => {
    const next = normalizeOptions({ ...Object.fromEntries(new FormData(form)), ...changes });
    show(next);
    saveOptions(next);
    onChange(next);
  };
  form.addEventListener("change", () => update({}));
  form.addEventListener("submit", (event) => event.preventDefault());
  dialect.addEventListener("change", () => update({ dialect: dialect.value }));
  show(initial);
  return initial;
}
