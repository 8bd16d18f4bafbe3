-- The board's queue part (#18): a caller joining, being offered, moving up or leaving a queue, and a line's queue
-- settings changing, notify the board (as V7's triggers do for calls and people), with payload 'queue'.
create trigger queue_entries_board after insert or update or delete on queue_entries
    for each row execute function board_changed('queue');
create trigger lines_board_queue after insert or update or delete on lines
    for each row execute function board_changed('queue');
