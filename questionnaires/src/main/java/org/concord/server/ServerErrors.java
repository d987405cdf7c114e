package org.concord.server;

import java.sql.SQLException;
import org.concord.common.InputException;

/** Turns the server's errors into messages that say what happened and what to do. */
final class ServerErrors {
    private ServerErrors() {
    }

    /** The server's message without the driver's decoration. */
    static String text(SQLException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        return message.replaceFirst("^ERROR:\\s*", "").replaceAll("\\s*\\n\\s*", "; ");
    }

    /** True when the connection to the server was lost (network, server stopped), not a refusal by the server. */
    static boolean connectionLost(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }

    /** An error of {@code what} (e.g. "sync") at {@code address}, with advice for the usual causes. */
    static InputException of(ServerAddress address, String what, SQLException e) {
        String state = String.valueOf(e.getSQLState());
        String message = text(e);
        String advice;
        if (connectionLost(e)) {
            advice = "the connection to the server was lost (" + message + "); check the network and that the"
                    + " server is running, then run the command again";
        } else if (state.equals("42501")) {
            advice = "user " + address.user() + " is not allowed to do this (" + message + "); the server's"
                    + " administrator grants concord_fieldwork (to sync) or concord_analyst (to read and analyse)"
                    + " with 'concord server init --fieldwork-user NAME --analyst-user NAME'";
        } else if (state.equals("3F000") || state.equals("42P01") || state.equals("42883")) {
            advice = "the database has no Concord schema (" + message + "); run 'concord server init --db "
                    + address + "' as the database's owner first";
        } else {
            advice = message;
        }
        return InputException.ofFile(address.toString(), what + " failed: " + advice);
    }
}
