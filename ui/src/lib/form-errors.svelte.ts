// One mechanism for every form: an error of the core (IPC `{code, message, field}`) or of a
// client-side check is shown under its field when the form has one for that field (an element
// with `data-field="<core field name>"`), the field is marked (`aria-invalid`) and the page
// scrolls to it and focuses it; an error of no field of the form is shown under the form.
import { tick } from "svelte";
import { asAppError } from "./backend";

export type FieldProblem = { field?: string | null; message: string };

export class FormErrors {
  field = $state<string | null>(null);
  message = $state<string | null>(null);
  /** The form (or dialog) the fields are looked up in: set by `use:errorsIn`. */
  root: HTMLElement | undefined = undefined;

  /** The message of `field`, if the current error is that field's. */
  of(field: string): string | null {
    return this.field === field ? this.message : null;
  }

  /** An error of no field of this form (shown under the form). */
  get general(): string | null {
    return this.field === null ? this.message : null;
  }

  clear(): void {
    this.field = null;
    this.message = null;
  }

  /** Clears the error when it is `field`'s (the user is correcting it). */
  clearField(field: string): void {
    if (this.field === field) this.clear();
  }

  /** The attributes that tie an input to its field: `<input {...errors.attrs("title", "d-title")} />`
   * (the message goes in `<FieldError … id="d-title-error" />`). `extra` marks a client-side problem. */
  attrs(field: string, id: string, extra: string | null = null): Record<string, string | boolean> {
    const bad = this.field === field || !!extra;
    return { "data-field": field, "aria-invalid": bad, "aria-describedby": `${id}-error` };
  }

  /** The field's element in the form, or null. */
  element(field: string | null | undefined): HTMLElement | null {
    if (!field || !this.root) return null;
    return [...this.root.querySelectorAll<HTMLElement>("[data-field]")].find((el) => el.dataset.field === field) ?? null;
  }

  /** Shows `problem` (a caught IPC error or a client-side `{field, message}`) next to its field,
   * then scrolls to that field and focuses it. Resolves once the page shows it. */
  async show(problem: unknown): Promise<void> {
    const p: FieldProblem = isProblem(problem) ? problem : asAppError(problem);
    const target = this.element(p.field);
    this.field = target ? p.field! : null;
    this.message = p.message;
    await tick();
    const el = target ?? this.root?.querySelector<HTMLElement>("[data-form-error]") ?? null;
    el?.scrollIntoView?.({ block: "center" });
    if (target) target.focus({ preventScroll: true });
  }
}

function isProblem(x: unknown): x is FieldProblem {
  return !!x && typeof x === "object" && "message" in x && !("code" in x);
}

/** `use:errorsIn={errors}` on the form: where `errors` looks up its fields. */
export function errorsIn(node: HTMLElement, errors: FormErrors) {
  errors.root = node;
  return {
    update(next: FormErrors) {
      next.root = node;
    },
    destroy() {
      if (errors.root === node) errors.root = undefined;
    },
  };
}
