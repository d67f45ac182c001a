import type { ComponentChildren } from 'preact';

interface FieldProps {
  /** The control's id: the label points at it, so the control's name is exactly the label. */
  readonly id: string;
  readonly label: ComponentChildren;
  readonly wide?: boolean;
  readonly children: ComponentChildren;
}

/** A labelled form control, label above it. */
export function Field({ id, label, wide, children }: FieldProps) {
  return (
    <div class={wide ? 'field field-wide' : 'field'}>
      <label for={id}>{label}</label>
      {children}
    </div>
  );
}
