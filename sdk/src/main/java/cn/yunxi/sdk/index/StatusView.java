package cn.yunxi.sdk.index;

/**
 * What {@code GET /status} says: how far the index is, and how far behind the node.
 *
 * @param checkpoint the newest block indexed
 * @param nodeHead the node's newest block, or null if the server does not know it
 * @param lag blocks the index is behind the node, or null if the node head is unknown
 * @param blocks blocks indexed
 * @param eventsIndexed events those blocks held
 * @param manifestsMissing batches indexed without their items (manifest missing or invalid)
 */
public record StatusView(
    Head checkpoint,
    Long nodeHead,
    Long lag,
    long blocks,
    long eventsIndexed,
    long manifestsMissing) {}
