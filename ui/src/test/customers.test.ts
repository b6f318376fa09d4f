import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { setBackend } from "../lib/backend";
import { mockBackend } from "../lib/mock";
import { app, clock } from "../lib/app.svelte";
import { setLanguage } from "../lib/i18n.svelte";
import CustomersView from "../components/CustomersView.svelte";

beforeEach(() => {
  clock.now = Date.now();
  setLanguage("en");
  app.org = { name: "Acme", address: "", contact_point: "dpo@acme.test", default_role: "processor", timezone: "Europe/Amsterdam", language: "en", lead_authority: "nl-ap", regimes: ["gdpr"] };
});
afterEach(() => cleanup());

const names = (c: HTMLElement) => [...c.querySelectorAll(".customer-name")].map((n) => n.textContent);

describe("Customers screen", () => {
  it("adds a customer after a refused country, previews a bad CSV without importing, imports a good one, filters and removes", async () => {
    const b = mockBackend("customers");
    await b.unlock("passphrase", "correct horse battery");
    setBackend(b);
    const { container } = render(CustomersView);
    await screen.findByText("No customers yet");

    // Add: the core refuses the country and the message stands next to the field.
    await fireEvent.click(container.querySelector("#customer-add")!);
    await fireEvent.input(container.querySelector("#cu-name")!, { target: { value: "Globex" } });
    await fireEvent.input(container.querySelector("#cu-country")!, { target: { value: "XX" } });
    await fireEvent.click(container.querySelector("#cu-save")!);
    const err = await screen.findByText(/Invalid country/);
    expect(err.closest("label")!.querySelector("#cu-country")).toBeTruthy();
    expect(b.written("add_controller_record")).toEqual([]);
    await fireEvent.input(container.querySelector("#cu-country")!, { target: { value: "DE" } });
    await fireEvent.change(container.querySelector("#cu-language")!, { target: { value: "de" } });
    await fireEvent.change(container.querySelector("#cu-authority")!, { target: { value: "de-bfdi" } });
    await fireEvent.input(container.querySelector("#cu-hours")!, { target: { value: "36" } });
    await fireEvent.input(container.querySelector("#cu-contract")!, { target: { value: "K-2" } });
    await fireEvent.input(container.querySelector("#cu-contacts")!, { target: { value: "dpo@globex.test\n" } });
    await fireEvent.click(container.querySelector("#cu-save")!);
    await waitFor(() => expect(names(container)).toEqual(["Globex"]));
    expect(b.written("add_controller_record")).toHaveLength(1);
    expect(container.querySelector(".customer-row")!.textContent).toContain("36 hours");

    // A file with a bad row: the preview names its line and fields; import stays disabled.
    b.dialog.csvFile = "/home/dpo/Documents/customers-bad.csv";
    await fireEvent.click(container.querySelector("#customers-import")!);
    await screen.findByText(/One row is refused/);
    const lines = [...container.querySelectorAll(".import-error")].map((l) => l.textContent);
    expect(lines).toEqual([
      expect.stringMatching(/^Line 3: Invalid country/),
      expect.stringMatching(/^Line 3: Invalid language/),
      expect.stringMatching(/^Line 3: Invalid notice hours/),
    ]);
    expect((container.querySelector("#import-confirm") as HTMLButtonElement).disabled).toBe(true);
    expect(b.written("import_controllers")).toEqual([]);

    // A good file: preview, then import.
    b.dialog.csvFile = "/home/dpo/Documents/customers.csv";
    await fireEvent.click(container.querySelector("#customers-import")!);
    await waitFor(() => expect(container.querySelector("#import-summary")?.textContent).toBe("2 rows: 2 to add, 0 to change, 0 unchanged."));
    await fireEvent.click(container.querySelector("#import-confirm")!);
    await waitFor(() => expect(names(container)).toEqual(["Acme Retail", "Globex", "Umbrella"]));
    expect(container.querySelector("#import-preview")).toBeNull();

    // Search and the country filter narrow the list.
    await fireEvent.input(container.querySelector("#customers-search")!, { target: { value: "umbrella.test" } });
    expect(names(container)).toEqual(["Umbrella"]);
    await fireEvent.input(container.querySelector("#customers-search")!, { target: { value: "" } });
    await fireEvent.change(container.querySelector("#customers-country")!, { target: { value: "NL" } });
    expect(names(container)).toEqual(["Acme Retail"]);
    expect(container.querySelector("#customers-count")!.textContent).toBe("1 of 3");
    await fireEvent.change(container.querySelector("#customers-country")!, { target: { value: "" } });

    // Remove asks once more, then the customer leaves the list.
    const globex = [...container.querySelectorAll(".customer-row")].find((r) => r.textContent!.includes("Globex"))!;
    await fireEvent.click(globex.querySelector(".customer-remove")!);
    await screen.findByText(/Remove Globex\?/);
    await fireEvent.click(globex.querySelector(".customer-remove-yes")!);
    await waitFor(() => expect(names(container)).toEqual(["Acme Retail", "Umbrella"]));
    expect(b.written("remove_controller")).toHaveLength(1);
  });
});

describe("Customers screen with many customers", () => {
  it("shows the first 100, more on request, and a search starts from the first page again", async () => {
    const b = mockBackend("customers_many");
    await b.unlock("passphrase", "correct horse battery");
    await b.importControllers("/home/dpo/Documents/customers-250.csv", false);
    setBackend(b);
    const { container } = render(CustomersView);
    await screen.findByText("250 of 250");
    expect(names(container)).toHaveLength(100);
    expect(names(container)[0]).toBe("Customer 000 Holding");
    expect(names(container)[99]).toBe("Customer 099 Holding");
    expect(container.querySelector("#customers-page")!.textContent).toBe(
      "Showing the first 100 of 250. Search or filter to find one.",
    );

    await fireEvent.click(container.querySelector("#customers-more")!);
    await waitFor(() => expect(names(container)).toHaveLength(200));
    expect(container.querySelector("#customers-more")!.textContent).toBe("Show 50 more");
    await fireEvent.click(container.querySelector("#customers-more")!);
    await waitFor(() => expect(names(container)).toHaveLength(250));
    expect(container.querySelector("#customers-more")).toBeNull();
    expect(container.querySelector("#customers-page")).toBeNull();

    // A search counts every match, shows the first page of them, and finds one past the page.
    await fireEvent.input(container.querySelector("#customers-search")!, { target: { value: "customer 2" } });
    await screen.findByText("50 of 250");
    expect(names(container)).toHaveLength(50);
    await fireEvent.input(container.querySelector("#customers-search")!, { target: { value: "" } });
    await screen.findByText("250 of 250");
    expect(names(container)).toHaveLength(100);
    await fireEvent.input(container.querySelector("#customers-search")!, { target: { value: "DPA-249" } });
    await waitFor(() => expect(names(container)).toEqual(["Customer 249 Holding"]));
    // By country: every fifth customer is in Germany.
    await fireEvent.input(container.querySelector("#customers-search")!, { target: { value: "" } });
    await fireEvent.change(container.querySelector("#customers-country")!, { target: { value: "DE" } });
    await screen.findByText("50 of 250");
    expect(names(container)[0]).toBe("Customer 001 Holding");
  });
});
