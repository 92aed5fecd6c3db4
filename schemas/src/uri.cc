// RFC 3986 reference resolution (section 5.2) and light normalisation.
#include "uri.h"

#include <cctype>

namespace stepcache::schemas {
namespace {

struct UriParts {
  std::string_view scheme;
  bool has_scheme = false;
  std::string_view authority;
  bool has_authority = false;
  std::string_view path;
  std::string_view query;
  bool has_query = false;
  std::string_view fragment;
  bool has_fragment = false;
};

UriParts Parse(std::string_view s) {
  UriParts u;
  // A scheme is letters/digits/+-. before the first ':' that precedes any of "/?#".
  std::size_t i = 0;
  if (!s.empty() && std::isalpha(static_cast<unsigned char>(s[0]))) {
    while (i < s.size() && (std::isalnum(static_cast<unsigned char>(s[i])) || s[i] == '+' ||
                            s[i] == '-' || s[i] == '.'))
      ++i;
    if (i < s.size() && s[i] == ':') {
      u.scheme = s.substr(0, i);
      u.has_scheme = true;
      s.remove_prefix(i + 1);
    }
  }
  auto hash = s.find('#');
  if (hash != std::string_view::npos) {
    u.fragment = s.substr(hash + 1);
    u.has_fragment = true;
    s = s.substr(0, hash);
  }
  auto q = s.find('?');
  if (q != std::string_view::npos) {
    u.query = s.substr(q + 1);
    u.has_query = true;
    s = s.substr(0, q);
  }
  if (s.size() >= 2 && s[0] == '/' && s[1] == '/') {
    s.remove_prefix(2);
    auto slash = s.find('/');
    u.authority = s.substr(0, slash);
    u.has_authority = true;
    s = slash == std::string_view::npos ? std::string_view() : s.substr(slash);
  }
  u.path = s;
  return u;
}

std::string RemoveDotSegments(std::string_view in) {
  std::string out;
  while (!in.empty()) {
    if (in.substr(0, 3) == "../") {
      in.remove_prefix(3);
    } else if (in.substr(0, 2) == "./") {
      in.remove_prefix(2);
    } else if (in.substr(0, 3) == "/./") {
      in.remove_prefix(2);
    } else if (in == "/.") {
      in = "/";
    } else if (in.substr(0, 4) == "/../" || in == "/..") {
      in = in.size() == 3 ? std::string_view("/") : in.substr(3);
      auto last = out.rfind('/');
      out.erase(last == std::string::npos ? 0 : last);
    } else if (in == "." || in == "..") {
      in = {};
    } else {
      std::size_t start = in[0] == '/' ? 1 : 0;
      auto next = in.find('/', start);
      if (next == std::string_view::npos) next = in.size();
      out.append(in.substr(0, next));
      in.remove_prefix(next);
    }
  }
  return out;
}

std::string Lower(std::string_view s) {
  std::string r(s);
  for (char& c : r) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return r;
}

std::string Compose(const UriParts& u, const std::string& path) {
  std::string r;
  if (u.has_scheme) {
    r += Lower(u.scheme);
    r += ':';
  }
  if (u.has_authority) {
    r += "//";
    // Host names are case-insensitive; user info is not, but never appears here in practice.
    r += Lower(u.authority);
  }
  r += path;
  if (u.has_query) {
    r += '?';
    r += u.query;
  }
  if (u.has_fragment && !u.fragment.empty()) {
    r += '#';
    r += u.fragment;
  }
  return r;
}

}  // namespace

std::string ResolveUri(std::string_view base_text, std::string_view ref_text) {
  UriParts r = Parse(ref_text);
  UriParts b = Parse(base_text);
  UriParts t;
  std::string path;
  if (r.has_scheme) {
    t = r;
    path = RemoveDotSegments(r.path);
  } else {
    t.scheme = b.scheme;
    t.has_scheme = b.has_scheme;
    if (r.has_authority) {
      t.authority = r.authority;
      t.has_authority = true;
      path = RemoveDotSegments(r.path);
      t.query = r.query;
      t.has_query = r.has_query;
    } else {
      t.authority = b.authority;
      t.has_authority = b.has_authority;
      if (r.path.empty()) {
        path = std::string(b.path);
        t.query = r.has_query ? r.query : b.query;
        t.has_query = r.has_query || b.has_query;
      } else {
        if (r.path[0] == '/') {
          path = RemoveDotSegments(r.path);
        } else {
          std::string merged;
          if (b.has_authority && b.path.empty()) {
            merged = "/" + std::string(r.path);
          } else {
            auto slash = b.path.rfind('/');
            if (slash != std::string_view::npos) merged = std::string(b.path.substr(0, slash + 1));
            merged += r.path;
          }
          // Relative bases (no scheme) keep leading "../" segments meaningful
          // only loosely; schemas in practice always have absolute bases.
          path = RemoveDotSegments(merged);
        }
        t.query = r.query;
        t.has_query = r.has_query;
      }
    }
  }
  t.fragment = r.fragment;
  t.has_fragment = r.has_fragment;
  return Compose(t, path);
}

void SplitFragment(std::string_view uri, std::string_view* without_fragment,
                   std::string_view* fragment) {
  auto hash = uri.find('#');
  if (hash == std::string_view::npos) {
    *without_fragment = uri;
    *fragment = {};
  } else {
    *without_fragment = uri.substr(0, hash);
    *fragment = uri.substr(hash + 1);
  }
}

std::string PercentDecode(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  auto hex = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size()) {
      int h = hex(text[i + 1]), l = hex(text[i + 2]);
      if (h >= 0 && l >= 0) {
        out += static_cast<char>(h * 16 + l);
        i += 2;
        continue;
      }
    }
    out += text[i];
  }
  return out;
}

}  // namespace stepcache::schemas
