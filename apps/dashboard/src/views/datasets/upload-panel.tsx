import { useState } from 'preact/hooks';
import { ChosenFileList } from './chosen-file-list';
import { addFiles } from './chosen-files';
import { FileDropZone } from './file-drop-zone';
import { UploadProgress } from './upload-progress';
import { UploadReview } from './upload-review';
import { useUpload } from './use-upload';

/** Choose files, upload them with progress, read the validation report, then publish or discard. */
export function UploadPanel({ onPublished }: { onPublished: () => void }) {
  const upload = useUpload(onPublished);
  const [files, setFiles] = useState<File[]>([]);
  const [refused, setRefused] = useState<string[]>([]);
  const [dataset, setDataset] = useState('');
  const { state } = upload;
  const awaitingDecision = state.step === 'review' && state.job.status === 'validated';
  const canChoose = state.step !== 'sending' && !awaitingDecision;

  const add = (added: File[]) => {
    const choice = addFiles(files, added);
    setFiles(choice.files);
    setRefused(choice.refused);
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    if (files.length === 0) return setRefused(['Choose at least one CSV or JSON file.']);
    setRefused([]);
    if (await upload.start(files, dataset)) setFiles([]);
  };

  return (
    <section class="panel upload-panel" aria-labelledby="upload-title">
      <h2 id="upload-title">Upload a dataset</h2>
      {canChoose && (
        <form class="upload-form" onSubmit={submit}>
          <FileDropZone onFiles={add} />
          {refused.length > 0 && (
            <ul class="status status-error refused-files" role="alert">
              {refused.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          )}
          <ChosenFileList files={files} onRemove={(name) => setFiles(files.filter((file) => file.name !== name))} />
          <div class="upload-form-row">
            <label class="field">
              <span>Dataset name (optional)</span>
              <input type="text" value={dataset} maxLength={100} aria-describedby="dataset-name-hint" onInput={(event) => setDataset((event.currentTarget as HTMLInputElement).value)} />
            </label>
            <button type="submit" class="button" disabled={files.length === 0}>
              Upload
            </button>
          </div>
          <p class="hint" id="dataset-name-hint">
            Used when there is no datapackage.json: the files become a new version of this dataset (by default, the first file’s name).
          </p>
        </form>
      )}
      {upload.error && (
        <p class="status status-error" role="alert">
          {upload.error}
        </p>
      )}
      {state.step === 'sending' && <UploadProgress sent={state.sent} total={state.total} server={state.server} />}
      {state.step === 'review' && <UploadReview job={state.job} busy={state.busy} onPublish={upload.publish} onDiscard={upload.discard} />}
    </section>
  );
}
