/** Opens the browser's print dialog; "Save as PDF" there gives the print layout (no navigation or controls). */
export function PrintButton() {
  return (
    <button type="button" class="button button-small" onClick={() => window.print()}>
      Print or save as PDF
    </button>
  );
}
