package switchboard.simulator;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One call's requests to the server, each answer checked as Plivo checks it (200, an XML content type, at most
 * 100 KB, XML it can follow) and counted, so that a flow that loops is stopped.
 */
final class CallRequests {
    /** Plivo stops a call after 70 transfers; a flow that needs more documents than this loops. */
    static final int MAX_DOCUMENTS = 100;
    private static final int MAX_REQUESTS = 3 * MAX_DOCUMENTS;
    private static final int MAX_XML_CHARS = 100 * 1024;

    private final Webhooks webhooks;
    private int requests;
    private int documents;

    CallRequests(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    /** An application URL (answer, fallback, hangup): PUBLIC_URL + path. */
    String application(String path) {
        return webhooks.publicUrl() + path;
    }

    /** A request whose answer is a document to follow. */
    List<Verb> document(String url, String method, Map<String, String> params) {
        return parse(asking(url, method, params), url);
    }

    /** A request for a document, counted, its answer left to check: the answer URL's, which may send Plivo to the fallback. */
    Webhooks.Reply asking(String url, String method, Map<String, String> params) {
        if (++documents > MAX_DOCUMENTS) {
            throw new Unfollowable("more than " + MAX_DOCUMENTS + " XML documents in one call: the flow loops (Plivo stops at 70 transfers)");
        }
        return send(url, method, params);
    }

    /** An answer already received, as a document. */
    List<Verb> parse(Webhooks.Reply r, String url) {
        requireXml(r, url);
        return XmlParser.document(r.body());
    }

    /** A document of prompts only (confirmSound, waitSound). */
    List<Verb> prompts(String url, Map<String, String> params, String what) {
        Webhooks.Reply r = send(url, "POST", params);
        requireXml(r, url);
        return XmlParser.prompts(r.body(), what);
    }

    /** A request whose answer is not followed: a callback, an action after the caller hung up. */
    void callback(String url, String method, Map<String, String> params) {
        Webhooks.Reply r = send(url, method, params);
        if (r.status() / 100 != 2) throw new Unfollowable(shown(url) + " answered HTTP " + r.status() + ": " + brief(r.body()));
    }

    Webhooks.Reply send(String url, String method, Map<String, String> params) {
        if (++requests > MAX_REQUESTS) throw new Unfollowable("more than " + MAX_REQUESTS + " requests in one call: the flow loops");
        Webhooks.Reply r = webhooks.send(url, method, params);
        if (r.status() == 403 && url.startsWith(application("/plivo/"))) {
            throw new CannotSimulate("the server refused the signature of " + shown(url) + " (403): give the simulator the"
                    + " server's PLIVO_AUTH_TOKEN and PUBLIC_URL (or --public-url)");
        }
        return r;
    }

    /** Where a URL points, short: the path when it is the server's, else the whole URL. */
    String shown(String url) {
        String p = webhooks.publicUrl();
        return url.startsWith(p + "/") ? url.substring(p.length()) : url;
    }

    private void requireXml(Webhooks.Reply r, String url) {
        String what = shown(url);
        if (r.status() != 200) throw new Unfollowable(what + " answered HTTP " + r.status() + ": " + brief(r.body()));
        String type = r.contentType().toLowerCase(Locale.ROOT);
        if (!type.startsWith("text/xml") && !type.startsWith("application/xml")) {
            throw new Unfollowable(what + " answered Content-Type '" + r.contentType() + "': Plivo needs text/xml or application/xml");
        }
        if (r.body().length() > MAX_XML_CHARS) throw new Unfollowable(what + " answered more than 100 KB of XML: Plivo refuses it");
    }

    private static String brief(String body) {
        String b = body == null ? "" : body.replaceAll("\\s+", " ").trim();
        return b.length() <= 200 ? b : b.substring(0, 200) + "...";
    }
}
