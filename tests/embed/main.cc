// Classifies the code given as the first argument and prints its kind.
#include <iostream>

#include "billcode/codes/classification.h"

int main(int argc, char** argv) {
  if (argc != 2) return 2;
  const billcode::Classification result = billcode::Classify(argv[1]);
  std::cout << billcode::ToString(result.kind) << "\n";
  return result.shape == billcode::Shape::kComplete ? 0 : 1;
}
