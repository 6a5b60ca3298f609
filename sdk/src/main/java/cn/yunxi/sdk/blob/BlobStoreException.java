package cn.yunxi.sdk.blob;

import cn.yunxi.sdk.YunxiException;

/** A blob store operation failed (I/O, permissions …); the message names the store and the blob. */
public class BlobStoreException extends YunxiException {
  private static final long serialVersionUID = 1L;

  public BlobStoreException(String message) {
    super(message);
  }

  public BlobStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
