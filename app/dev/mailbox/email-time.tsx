/** A timestamp in UTC, the same for every reader of the dev mailbox. */
export function EmailTime({ time }: { time: Date }) {
  return (
    <time dateTime={time.toISOString()}>
      {`${time.toISOString().slice(0, 19).replace("T", " ")} UTC`}
    </time>
  );
}
