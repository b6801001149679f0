// A web page as the lines of text it shows (private to the bills module):
// a patient portal's page saved as HTML is read as its table.
#ifndef BILLCODE_BILLS_BILL_HTML_H_
#define BILLCODE_BILLS_BILL_HTML_H_

#include <optional>
#include <string>
#include <string_view>

namespace billcode::bills {

// The text of `text` when it is an HTML page (it starts with a doctype or
// an <html> tag, after spaces): scripts, styles, comments and the head's
// other elements dropped; a table row, paragraph, list item, heading or
// line break ends a line; table cells are set apart by tabs; character
// references decoded. nullopt for other text.
std::optional<std::string> HtmlText(std::string_view text);

}  // namespace billcode::bills

#endif  // BILLCODE_BILLS_BILL_HTML_H_
