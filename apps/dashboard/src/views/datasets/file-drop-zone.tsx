import { useState } from 'preact/hooks';

interface FileDropZoneProps {
  readonly onFiles: (files: File[]) => void;
  readonly disabled?: boolean;
}

/** Drop files here, or choose them with the (keyboard-reachable) file picker inside. */
export function FileDropZone({ onFiles, disabled = false }: FileDropZoneProps) {
  const [over, setOver] = useState(false);
  const onDragOver = (event: DragEvent) => {
    if (disabled || !event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setOver(true);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    if (!disabled && event.dataTransfer) onFiles([...event.dataTransfer.files]);
  };
  const onChange = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    onFiles([...(input.files ?? [])]);
    input.value = '';
  };
  return (
    <div class={`drop-zone${over ? ' drop-zone-over' : ''}${disabled ? ' drop-zone-disabled' : ''}`} onDragOver={onDragOver} onDragLeave={() => setOver(false)} onDrop={onDrop}>
      <p class="drop-zone-text">
        Drop CSV or JSON files here, with their <code>datapackage.json</code> if you have one, or
      </p>
      <label class="button button-secondary file-button">
        Choose files…
        <input class="visually-hidden" type="file" multiple accept=".csv,.json,text/csv,application/json" disabled={disabled} onChange={onChange} />
      </label>
    </div>
  );
}
