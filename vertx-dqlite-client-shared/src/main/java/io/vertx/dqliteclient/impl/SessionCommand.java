package io.vertx.dqliteclient.impl;

import io.vertx.dqliteclient.impl.protocol.Body;
import io.vertx.dqliteclient.impl.protocol.Request;
import io.vertx.dqliteclient.impl.protocol.Wire;
import io.vertx.core.Future;
import io.vertx.core.Promise;

/**
 * The driver's own commands, sent while a connection is set up (before the SQL client has it): ask the node for
 * the leader, then register the client and open the database. The connection writes them to its pipeline, where
 * the codec runs them as it runs the SQL client's commands; their outcome completes the connection's promise, so
 * what the leader search does next runs on the connection's context, as the SQL client's callbacks do.
 */
abstract class SessionCommand<R> {

  private final Promise<R> outcome;

  SessionCommand(Promise<R> outcome) {
    this.outcome = outcome;
  }

  abstract Exchange exchange(DqliteCodec codec);

  Future<R> future() {
    return outcome.future();
  }

  /** Fails the command if it has no outcome yet (its request could not be written). */
  void fail(Throwable failure) {
    outcome.tryFail(failure);
  }

  final Reply<R> reply() {
    return (pipeline, result, failure) -> {
      if (failure == null) {
        outcome.tryComplete(result);
      } else {
        outcome.tryFail(failure);
      }
    };
  }

  /** LEADER: the leader's address as this node knows it ("" while there is none). */
  static final class Leader extends SessionCommand<String> {
    Leader(Promise<String> outcome) {
      super(outcome);
    }

    @Override
    Exchange exchange(DqliteCodec codec) {
      return new Steps<>(codec, reply()) {
        @Override
        void start() {
          codec.send(Request.of(codec.context().alloc(), Wire.REQUEST_LEADER).uint64(0));
        }

        @Override
        boolean step(Body response) {
          expect(response, Wire.RESPONSE_SERVER);
          response.uint64(); // the leader's node id
          result = response.text();
          return true;
        }
      };
    }
  }

  /** CLIENT then OPEN, then the SQLite version (for the connection's metadata). */
  static final class Open extends SessionCommand<String> {
    private final String database;

    Open(String database, Promise<String> outcome) {
      super(outcome);
      this.database = database;
    }

    @Override
    Exchange exchange(DqliteCodec codec) {
      return new Steps<>(codec, reply()) {
        private int stage;

        @Override
        boolean resendable() {
          return false; // a refusal fails this attempt; the connection factory asks again
        }

        @Override
        void start() {
          codec.send(Request.of(codec.context().alloc(), Wire.REQUEST_CLIENT).uint64(0));
        }

        @Override
        boolean step(Body response) {
          switch (stage++) {
            case 0:
              expect(response, Wire.RESPONSE_WELCOME);
              // the file name is the database's name on the cluster; flags and VFS are decided by the server
              codec.send(Request.of(codec.context().alloc(), Wire.REQUEST_OPEN).text(database).uint64(0).text("volatile"));
              return false;
            case 1:
              expect(response, Wire.RESPONSE_DB);
              codec.send(Request.of(codec.context().alloc(), Wire.REQUEST_QUERY_SQL).uint64(0).text("SELECT sqlite_version()"));
              return false;
            default:
              expect(response, Wire.RESPONSE_ROWS);
              io.vertx.dqliteclient.impl.protocol.Rows rows = io.vertx.dqliteclient.impl.protocol.Rows.decode(response);
              result = rows.rows().isEmpty() ? "" : String.valueOf(rows.rows().get(0)[0]);
              return rows.done();
          }
        }
      };
    }
  }

  /** An exchange of a few request/response steps that completes with {@code result}. */
  abstract static class Steps<R> extends Exchange {
    private final Reply<R> reply;
    R result;

    Steps(DqliteCodec codec, Reply<R> reply) {
      super(codec);
      this.reply = reply;
    }

    /** Whether {@link #start} sends the one request a SQLITE_BUSY refusal answered (not so for a few steps). */
    boolean resendable() {
      return true;
    }

    /** Reads one response; {@code true} when the command is complete. */
    abstract boolean step(Body response);

    /** Fails the command without sending anything: the request would be refused, or worse. */
    void refuse(Throwable failure) {
      codec.release(this);
      codec.fail(reply, failure);
    }

    void expect(Body response, int type) {
      if (response.type() == Wire.RESPONSE_FAILURE) {
        throw new Failed(Failures.of(response));
      } else if (response.type() != type) {
        throw new Failed(Failures.protocol("dqlite protocol: expected " + Wire.responseName(type) + ", got "
          + Wire.responseName(response.type())));
      }
    }

    @Override
    void handle(Body response) {
      boolean done;
      try {
        done = step(response);
      } catch (Failed failed) {
        if (resendable() && retryWhenBusy(failed.getCause(), this::start)) {
          return;
        }
        codec.release(this);
        codec.fail(reply, failed.getCause());
        return;
      }
      if (done) {
        codec.release(this);
        codec.complete(reply, result);
      }
    }

    @Override
    void fail(Throwable failure) {
      codec.fail(reply, failure);
    }
  }

  /** Carries a failure response out of a step. */
  static final class Failed extends RuntimeException {
    Failed(Throwable cause) {
      super(cause.getMessage(), cause, false, false);
    }
  }
}
