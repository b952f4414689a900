// SPDX-License-Identifier: MIT
// Text that can be copied out of the PDFs Qt writes, whatever the font shares.
#pragma once

#include <QByteArray>
#include <QFont>

namespace rtcare {

// Qt (6.4 to at least 6.8) writes each embedded font's ToUnicode map by giving every glyph
// the lowest code point the font maps to it. CJK fonts draw an ideograph and its Kangxi
// or CJK radical (U+2E80–U+2FDF) with one glyph, so 一, 人, 广 would be extracted, searched
// and read aloud as the radicals ⼀, ⼈, ⼴. This rewrites such radicals in the ToUnicode
// maps of `pdf` to the ideograph that shares their glyph in `font`'s families (in place:
// each code keeps its four hex digits, so no offset in the file moves). Maps Qt did not
// write uncompressed are left as they are. Returns how many codes were corrected.
int repairPdfToUnicode(QByteArray* pdf, const QFont& font);

} // namespace rtcare
