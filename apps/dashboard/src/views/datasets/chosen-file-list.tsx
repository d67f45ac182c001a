import { formatBytes } from '../../format/numbers';
import { describeChoice, isDataPackage } from './chosen-files';

interface ChosenFileListProps {
  readonly files: readonly File[];
  readonly onRemove: (name: string) => void;
  readonly disabled?: boolean;
}

/** The files about to be uploaded, each removable, and what the upload will make of them. */
export function ChosenFileList({ files, onRemove, disabled = false }: ChosenFileListProps) {
  if (files.length === 0) return null;
  const hint = describeChoice(files);
  return (
    <div class="chosen-files">
      <ul aria-label="Files to upload">
        {files.map((file) => (
          <li key={file.name}>
            <span class="file-name">{file.name}</span>
            <span class="file-meta">
              {isDataPackage(file.name) ? 'descriptor · ' : ''}
              {formatBytes(file.size)}
            </span>
            <button type="button" class="button-link" onClick={() => onRemove(file.name)} disabled={disabled} aria-label={`Remove ${file.name}`}>
              Remove
            </button>
          </li>
        ))}
      </ul>
      {hint && <p class="hint">{hint}</p>}
    </div>
  );
}
